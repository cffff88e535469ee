package com.massagetrainer.bank;

import org.springframework.data.jpa.repository.JpaRepository;

interface SourceArticleRepository extends JpaRepository<SourceArticleRecord, String> {
}
