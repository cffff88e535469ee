package com.massagetrainer.bank;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CaseSetRepository extends JpaRepository<CaseSetRecord, String> {

    /** The current version of every case that is drawn today. */
    @Query("""
            select v from CaseSetRecord c, CaseSetVersion v
            where v.caseId = c.id and v.version = c.currentVersion and c.active = true""")
    List<CaseSetVersion> currentVersions();
}
