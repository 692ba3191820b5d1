package org.xingping.organization;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface UnitRepository extends ListCrudRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);
}
