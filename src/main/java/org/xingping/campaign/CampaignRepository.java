package org.xingping.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CampaignRepository extends ListCrudRepository<Campaign, Long> {

    Optional<Campaign> findByYear(int year);

    List<Campaign> findAllByOrderByYearDesc();
}
