package com.massagetrainer.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named value admins change at run time. */
@Entity
@Table(name = "app_setting")
class AppSetting {

    @Id
    @Column(name = "setting_name")
    private String name;
    @Column(name = "setting_value")
    private String value;

    protected AppSetting() {
    }

    AppSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    String getValue() {
        return value;
    }

    void setValue(String value) {
        this.value = value;
    }
}
