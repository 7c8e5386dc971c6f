package io.kinesisharness.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kinesisharness.KinesisHarness;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** The SDK's enhanced client: a bean table made, written, read, queried, and versioned writes checked. */
class DynamoDbEnhancedClientTest {

    /** A bean as applications map them. */
    @DynamoDbBean
    public static class Order {
        private String customer;
        private String orderId;
        private int total;
        private Long version;

        @DynamoDbPartitionKey
        public String getCustomer() {
            return customer;
        }

        public void setCustomer(String customer) {
            this.customer = customer;
        }

        @DynamoDbSortKey
        public String getOrderId() {
            return orderId;
        }

        public void setOrderId(String orderId) {
            this.orderId = orderId;
        }

        public int getTotal() {
            return total;
        }

        public void setTotal(int total) {
            this.total = total;
        }

        @DynamoDbVersionAttribute
        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }
    }

    @Test
    void beans_are_stored_queried_and_versioned() {
        try (KinesisHarness harness = KinesisHarness.builder().start();
                DynamoDbClient client = DynamoDbClients.dynamo(harness)) {
            DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
            DynamoDbTable<Order> orders = enhanced.table("orders", TableSchema.fromBean(Order.class));
            orders.createTable();
            for (int i = 1; i <= 3; i++) {
                Order o = new Order();
                o.setCustomer("c1");
                o.setOrderId("o" + i);
                o.setTotal(i * 10);
                orders.putItem(o);
            }
            Order first = orders.getItem(Key.builder().partitionValue("c1").sortValue("o1").build());
            assertThat(first.getTotal()).isEqualTo(10);
            assertThat(first.getVersion()).isEqualTo(1L);
            List<Order> all = orders.query(QueryConditional.keyEqualTo(k -> k.partitionValue("c1"))).items().stream()
                    .toList();
            assertThat(all).extracting(Order::getOrderId).containsExactly("o1", "o2", "o3");

            first.setTotal(11);
            orders.updateItem(first);
            Order stale = new Order();
            stale.setCustomer("c1");
            stale.setOrderId("o1");
            stale.setTotal(99);
            stale.setVersion(1L);
            assertThatThrownBy(() -> orders.updateItem(stale)).isInstanceOf(ConditionalCheckFailedException.class);
            assertThat(orders.getItem(Key.builder().partitionValue("c1").sortValue("o1").build()).getTotal())
                    .isEqualTo(11);
        }
    }
}
