package com.massagetrainer.bank;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** A source article from sources.yaml and the section headings a citation may name. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceArticle(String id, String title, String file, List<String> sections) {

    public SourceArticle {
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
