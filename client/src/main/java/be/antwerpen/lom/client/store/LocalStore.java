package be.antwerpen.lom.client.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;

/** The local database with its tables' stores, opened together. */
public record LocalStore(LocalDatabase database, AppointmentStore appointments, OutboxStore outbox,
                         SyncStateStore syncState, ReferenceDataStore referenceData, OccupancyStore occupancy,
                         WalkInCounterStore walkInCounter, StaffVerifierStore verifiers,
                         StaffWrappedSecretStore wrappedSecrets, AuditHeadStore auditHeads) implements AutoCloseable {

    public static LocalStore open(Path dataDir, ObjectMapper json) {
        return new LocalStore(LocalDatabase.open(dataDir), new AppointmentStore(), new OutboxStore(json),
                new SyncStateStore(), new ReferenceDataStore(json), new OccupancyStore(), new WalkInCounterStore(),
                new StaffVerifierStore(), new StaffWrappedSecretStore(), new AuditHeadStore());
    }

    @Override
    public void close() {
        database.close();
    }
}
