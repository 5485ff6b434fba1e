package io.sosmed.schedule.pause;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Crisis policies by workspace. */
@ApplicationScoped
public class CrisisPolicyRepository implements PanacheRepositoryBase<CrisisPolicy, String> {
}
