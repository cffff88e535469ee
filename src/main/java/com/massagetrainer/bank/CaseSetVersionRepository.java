package com.massagetrainer.bank;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface CaseSetVersionRepository extends JpaRepository<CaseSetVersion, Long> {

    Optional<CaseSetVersion> findByCaseIdAndVersion(String caseId, int version);

    long countByCaseId(String caseId);
}
