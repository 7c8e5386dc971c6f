package io.kinesisharness.internal.service;

import java.util.Map;

/**
 * A service's admin route: reads the request's JSON object (as a map) and answers one (as a map or list of
 * maps). Refusals are {@link IllegalArgumentException} (400) and {@link IllegalStateException} (409).
 */
@FunctionalInterface
public interface AdminHandler {

    Object handle(Map<String, Object> body);
}
