package io.kinesisharness.internal.analytics.ops;

/** Which of Kinesis Data Analytics' two APIs a request came through: they share applications, not shapes. */
public enum Api { V1, V2 }
