package uk.gov.tca.partner.demo;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A data set already loaded into the register, so each loads once. */
@Entity
@Table(name = "data_load")
public class DataLoad extends PanacheEntityBase {

    @Id
    public String name;

    @Column(name = "loaded_at", nullable = false)
    public Instant loadedAt;

    @Column(nullable = false)
    public int items;
}
