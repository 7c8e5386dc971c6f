package io.kinesisharness.samples.clicks;

/** A page view: who, which page, when (epoch milliseconds). */
public record Click(String user, String page, long at) {
}
