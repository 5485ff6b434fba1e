package io.sosmed.content;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.sosmed.testing.KafkaTestResource;
import io.sosmed.testing.PostgresTestResource;
import io.sosmed.testing.oidc.OidcTestResource;

/** The real infrastructure every content-service test runs against: PostgreSQL, Kafka and an OIDC provider. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "content"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcTestResource.class)
public class ContentTestResources {
}
