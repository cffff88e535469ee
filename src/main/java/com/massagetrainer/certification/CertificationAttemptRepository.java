package com.massagetrainer.certification;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CertificationAttemptRepository extends JpaRepository<CertificationAttempt, Long> {

    List<CertificationAttempt> findByUserIdAndCertificationId(long userId, long certificationId);
}
