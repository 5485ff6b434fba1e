package io.sosmed.analytics.post;

import io.quarkus.test.junit.QuarkusTest;
import io.sosmed.testing.contract.PostLifecycleConsumerContract;

@QuarkusTest
class PostLifecycleConsumerTest extends PostLifecycleConsumerContract {

    @Override
    protected String consumerName() {
        return PostLifecycleConsumer.CONSUMER;
    }
}
