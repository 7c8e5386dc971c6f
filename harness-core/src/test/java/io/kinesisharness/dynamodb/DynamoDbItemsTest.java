package io.kinesisharness.dynamodb;

import static io.kinesisharness.dynamodb.DynamoDbClients.item;
import static io.kinesisharness.dynamodb.DynamoDbClients.n;
import static io.kinesisharness.dynamodb.DynamoDbClients.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.kinesisharness.KinesisHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Items through the SDK v2 client: every type round-trips, numbers as DynamoDB keeps them, AWS's item rules. */
class DynamoDbItemsTest {

    private KinesisHarness harness;
    private DynamoDbClient dynamo;

    @BeforeEach
    void start() {
        harness = KinesisHarness.builder().start();
        dynamo = DynamoDbClients.dynamo(harness);
        dynamo.createTable(b -> b.tableName("items").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
                        a -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH),
                        k -> k.attributeName("sk").keyType(KeyType.RANGE)));
    }

    @AfterEach
    void stop() {
        dynamo.close();
        harness.close();
    }

    private Map<String, AttributeValue> get(String pk, String sk) {
        return dynamo.getItem(b -> b.tableName("items").key(item("pk", s(pk), "sk", n(sk))).consistentRead(true))
                .item();
    }

    @Test
    void every_type_round_trips_and_numbers_come_back_canonical() {
        Map<String, AttributeValue> stored = item("pk", s("all"), "sk", n("1"),
                "str", s("héllo"), "num", n("1.0E-6"), "big", n("12345678901234567890123456789012345678"),
                "neg", n("-0.50"), "bin", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 255})),
                "bool", AttributeValue.fromBool(false), "nul", AttributeValue.fromNul(true),
                "ss", AttributeValue.fromSs(List.of("a", "b")), "ns", AttributeValue.fromNs(List.of("1", "2.50")),
                "bs", AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x"))),
                "map", AttributeValue.fromM(Map.of("inner", AttributeValue.fromL(List.of(n("3"), s("t"))))),
                "empty", AttributeValue.fromM(Map.of()), "list", AttributeValue.fromL(List.of()));
        dynamo.putItem(b -> b.tableName("items").item(stored));
        Map<String, AttributeValue> got = get("all", "1");
        assertThat(got.get("num").n()).isEqualTo("0.000001");
        assertThat(got.get("big").n()).isEqualTo("12345678901234567890123456789012345678");
        assertThat(got.get("neg").n()).isEqualTo("-0.5");
        assertThat(got.get("ns").ns()).containsExactlyInAnyOrder("1", "2.5");
        assertThat(got.get("bin").b().asByteArray()).containsExactly(0, 1, 255);
        assertThat(got.get("map").m().get("inner").l()).containsExactly(n("3"), s("t"));
        assertThat(got.get("empty").m()).isEmpty();
        assertThat(got.get("nul").nul()).isTrue();
        assertThat(got.keySet()).containsExactlyElementsOf(stored.keySet());
        assertThat(dynamo.getItem(b -> b.tableName("items").key(item("pk", s("all"), "sk", n("1.0")))).item())
                .as("1 and 1.0 are one key").isNotEmpty();
    }

    @Test
    void put_and_delete_return_the_old_item_when_asked() {
        assertThat(dynamo.putItem(b -> b.tableName("items").item(item("pk", s("r"), "sk", n("1"), "v", s("one")))
                .returnValues(ReturnValue.ALL_OLD)).attributes()).isEmpty();
        assertThat(dynamo.putItem(b -> b.tableName("items").item(item("pk", s("r"), "sk", n("1"), "v", s("two")))
                .returnValues(ReturnValue.ALL_OLD)).attributes()).containsEntry("v", s("one"));
        assertThat(dynamo.deleteItem(b -> b.tableName("items").key(item("pk", s("r"), "sk", n("1")))
                .returnValues(ReturnValue.ALL_OLD)).attributes()).containsEntry("v", s("two"));
        assertThat(get("r", "1")).isEmpty();
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("items").item(item("pk", s("r"), "sk", n("1")))
                .returnValues(ReturnValue.ALL_NEW))).hasMessageStartingWith("ReturnValues can only be ALL_OLD or NONE");
    }

    @Test
    void keys_must_match_the_schema() {
        assertThatThrownBy(() -> dynamo.getItem(b -> b.tableName("items").key(item("pk", s("a")))))
                .hasMessageStartingWith("The provided key element does not match the schema");
        assertThatThrownBy(() -> dynamo.getItem(b -> b.tableName("items").key(item("pk", s("a"), "sk", s("1")))))
                .hasMessageStartingWith("The provided key element does not match the schema");
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("items").item(item("pk", s("a")))))
                .hasMessageStartingWith("One or more parameter values were invalid: Missing the key sk in the item");
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("items").item(item("pk", s("a"), "sk", s("x")))))
                .hasMessageStartingWith("One or more parameter values were invalid: Type mismatch for key sk expected: "
                        + "N actual: S");
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("items").item(item("pk", s(""), "sk", n("1")))))
                .hasMessageStartingWith("One or more parameter values are not valid. The AttributeValue for a key "
                        + "attribute cannot contain an empty string value. Key: pk");
    }

    @Test
    void values_are_judged_as_dynamodb_judges_them() {
        DynamoDbException empty = (DynamoDbException) catchThrowable(() -> dynamo.putItem(b -> b.tableName("items")
                .item(item("pk", s("a"), "sk", n("1"), "set", AttributeValue.fromSs(List.of())))));
        assertThat(empty.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        assertThat(empty.awsErrorDetails().errorMessage()).as("PutItem's messages carry the prefix now (2026)")
                .isEqualTo("1 validation error detected: One or more parameter values were invalid: An string set  "
                        + "may not be empty");
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("items").item(item("pk", s("a"), "sk", n("1"),
                "dup", AttributeValue.fromSs(List.of("x", "x")))))).hasMessageStartingWith(
                "One or more parameter values were invalid: Input collection [x, x] contains duplicates.");
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("items").item(item("pk", s("a"), "sk", n("abc")))))
                .hasMessageStartingWith("The parameter cannot be converted to a numeric value: abc");
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("items").item(item("pk", s("a"), "sk",
                n("1" + "0".repeat(126)))))).hasMessageStartingWith("Number overflow. Attempting to store a number "
                        + "with magnitude larger than supported range");
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("items").item(item("pk", s("a"), "sk",
                n("1.234567890123456789012345678901234567891"))))).hasMessageStartingWith("Attempting to store more "
                        + "than 38 significant digits in a Number");
    }

    @Test
    void items_up_to_400_kb_are_stored_and_larger_ones_refused() {
        // pk(2)+"a"(1) + sk(2)+N "1"(2) + "data"(4) = 11 bytes besides the string.
        String fits = "x".repeat(409_600 - 11);
        dynamo.putItem(b -> b.tableName("items").item(item("pk", s("a"), "sk", n("1"), "data", s(fits))));
        assertThat(get("a", "1").get("data").s()).hasSize(fits.length());
        assertThatThrownBy(() -> dynamo.putItem(b -> b.tableName("items").item(item("pk", s("a"), "sk", n("1"),
                "data", s(fits + "x"))))).hasMessageStartingWith("Item size has exceeded the maximum allowed size");
    }
}
