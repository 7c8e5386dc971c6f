-- input SOURCE_SQL_STREAM_001: "deviceId" VARCHAR(16), "temperature" DOUBLE, "humidity" DOUBLE
-- output ALERT_STREAM
-- sample "temperature": {i}.25
-- A device whose one-minute average temperature passes 30 degrees raises an alert.
CREATE OR REPLACE STREAM "DEVICE_AVERAGES" (
    "deviceId"        VARCHAR(16),
    "avgTemperature"  DOUBLE,
    "maxHumidity"     DOUBLE);

CREATE OR REPLACE PUMP "AVERAGES_PUMP" AS
  INSERT INTO "DEVICE_AVERAGES"
    SELECT STREAM "deviceId",
           AVG("temperature") OVER W1,
           MAX("humidity") OVER W1
    FROM "SOURCE_SQL_STREAM_001"
    WINDOW W1 AS (PARTITION BY "deviceId" RANGE INTERVAL '1' MINUTE PRECEDING);

CREATE OR REPLACE STREAM "ALERT_STREAM" ("deviceId" VARCHAR(16), "avgTemperature" DOUBLE, "message" VARCHAR(64));

CREATE OR REPLACE PUMP "ALERT_PUMP" AS
  INSERT INTO "ALERT_STREAM"
    SELECT STREAM "deviceId", "avgTemperature", 'temperature above threshold'
    FROM "DEVICE_AVERAGES"
    WHERE "avgTemperature" > 30;
