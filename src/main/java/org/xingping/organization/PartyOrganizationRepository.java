package org.xingping.organization;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PartyOrganizationRepository extends ListCrudRepository<PartyOrganization, Long> {

    Optional<PartyOrganization> findByCode(String code);

    boolean existsByParentId(Long parentId);

    boolean existsByUnitId(Long unitId);
}
