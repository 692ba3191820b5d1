package org.xingping.organization;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface UnitRepository extends ListCrudRepository<Unit, Long>, ListPagingAndSortingRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);
}
