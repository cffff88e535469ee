package com.massagetrainer.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A topic of the bank as imported; its id is the stable id from topics.yaml. */
@Entity
@Table(name = "topic")
public class Topic {

    @Id
    private String id;
    private String name;
    @Column(name = "short_name")
    private String shortName;
    private String description;
    @Column(name = "content_area")
    private String contentArea;
    private int weight;
    private int position;
    private boolean active;

    protected Topic() {
    }

    Topic(String id) {
        this.id = id;
    }

    void update(TopicDefinition definition, int position) {
        this.name = definition.name();
        this.shortName = definition.label();
        this.description = definition.description();
        this.contentArea = definition.contentArea();
        this.weight = definition.weight();
        this.position = position;
        this.active = true;
    }

    void retire() {
        this.active = false;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** A label for tight spaces (the full name where the bank gives none, or for rows imported before it had one). */
    public String getShortName() {
        return shortName == null ? name : shortName;
    }

    public String getDescription() {
        return description;
    }

    public String getContentArea() {
        return contentArea;
    }

    public int getWeight() {
        return weight;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }
}
