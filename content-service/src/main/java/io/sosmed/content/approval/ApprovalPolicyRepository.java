package io.sosmed.content.approval;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Approval policies by workspace id. */
@ApplicationScoped
public class ApprovalPolicyRepository implements PanacheRepositoryBase<ApprovalPolicy, String> {
}
