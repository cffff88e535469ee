package com.massagetrainer.certification;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    Optional<Certificate> findByAttemptId(long attemptId);

    List<Certificate> findByUserIdOrderByIssuedAtDesc(long userId);

    List<Certificate> findAllByOrderByIssuedAtDesc();

    boolean existsByCode(String code);

    @Query("select count(c) > 0 from Certificate c where c.userId = :userId and c.certificationId = :certificationId "
            + "and c.revokedAt is null")
    boolean holdsValid(long userId, long certificationId);
}
