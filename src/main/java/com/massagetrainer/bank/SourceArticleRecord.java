package com.massagetrainer.bank;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An article the bank cites, as imported from sources.yaml. */
@Entity
@Table(name = "source_article")
class SourceArticleRecord {

    @Id
    private String id;
    private String title;

    protected SourceArticleRecord() {
    }

    SourceArticleRecord(String id, String title) {
        this.id = id;
        this.title = title;
    }

    String getId() {
        return id;
    }

    String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }
}
