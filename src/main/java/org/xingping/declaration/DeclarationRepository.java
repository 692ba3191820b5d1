package org.xingping.declaration;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface DeclarationRepository extends ListCrudRepository<Declaration, Long> {

    Optional<Declaration> findByCampaignIdAndBranchId(long campaignId, long branchId);

    List<Declaration> findByCampaignIdAndUnitId(long campaignId, long unitId);

    List<Declaration> findByCampaignId(long campaignId);

    @Query("select id from party_organization where type = 'BRANCH' and unit_id in (:units)")
    List<Long> branchesOfUnits(@Param("units") Collection<Long> units);

    @Query("select name from party_organization where id = :id")
    String branchName(@Param("id") long id);
}
