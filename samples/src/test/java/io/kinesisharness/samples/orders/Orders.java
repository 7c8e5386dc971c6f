package io.kinesisharness.samples.orders;

import java.util.List;
import java.util.stream.IntStream;

/** Test data: orders spread over a handful of customers. */
final class Orders {

    private Orders() {
    }

    static List<OrderEvent> sample(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new OrderEvent("order-" + i, "customer-" + (i % 5), 100L + i))
                .toList();
    }

    static long totalFor(List<OrderEvent> orders, String customer) {
        return orders.stream().filter(o -> o.customerId().equals(customer)).mapToLong(OrderEvent::amountCents).sum();
    }
}
