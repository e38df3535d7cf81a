package be.antwerpen.lom.client.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;

/** The local database with its tables' stores, opened together, and the vault of its data key. */
public record LocalStore(LocalDatabase database, AppointmentStore appointments, OutboxStore outbox,
                         SyncStateStore syncState, ReferenceDataStore referenceData, OccupancyStore occupancy,
                         WalkInCounterStore walkInCounter, StaffVerifierStore verifiers,
                         StaffWrappedSecretStore wrappedSecrets, AuditHeadStore auditHeads, SeatLeaseStore seatLeases,
                         PersonalDataVault vault, DataKeyStore dataKeys)
        implements AutoCloseable {

    /** Opens the store with its personal data locked: a staff login releases the data key (ADR 0045). */
    public static LocalStore open(Path dataDir, ObjectMapper json) {
        PersonalDataVault vault = new PersonalDataVault();
        return new LocalStore(LocalDatabase.open(dataDir), new AppointmentStore(vault), new OutboxStore(json, vault),
                new SyncStateStore(), new ReferenceDataStore(json), new OccupancyStore(), new WalkInCounterStore(),
                new StaffVerifierStore(), new StaffWrappedSecretStore(), new AuditHeadStore(), new SeatLeaseStore(),
                vault, new DataKeyStore());
    }

    @Override
    public void close() {
        database.close();
    }
}
