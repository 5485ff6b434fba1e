package io.sosmed.analytics;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.PostgresTestResource;
import io.sosmed.testing.oidc.OidcTestResource;

/** The real infrastructure every analytics-service test runs against: PostgreSQL, Kafka and an OIDC provider. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "analytics"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
public class AnalyticsTestResources {
}
