package org.xingping.declaration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface DeclarationRepository extends ListCrudRepository<Declaration, Long> {

    Optional<Declaration> findByCampaignIdAndBranchId(long campaignId, long branchId);

    List<Declaration> findByCampaignIdAndUnitId(long campaignId, long unitId);

    List<Declaration> findByCampaignId(long campaignId);
}
