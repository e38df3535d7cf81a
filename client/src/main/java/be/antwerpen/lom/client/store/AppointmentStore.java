package be.antwerpen.lom.client.store;

import be.antwerpen.lom.model.appointment.Appointment;
import be.antwerpen.lom.model.appointment.AppointmentOrigin;
import be.antwerpen.lom.model.appointment.AppointmentStatus;
import be.antwerpen.lom.model.citizen.Citizen;
import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The server-confirmed appointments of this desk's location. The citizen's personal data is sealed
 * with the desk's data key (ADR 0045) before it is written and opened when read; the rest of the row
 * (code, times, status) stays searchable by SQL.
 */
public final class AppointmentStore {

    private static final String COLUMNS = "id, code, location_id, product_code, start_at, end_at, status, origin, "
            + "provisional, version, citizen";

    private final SealedCitizen citizens;
    private final PersonalDataVault vault;
    private final OpenedCitizens opened = new OpenedCitizens();

    public AppointmentStore(PersonalDataVault vault) {
        this.citizens = new SealedCitizen(vault);
        this.vault = vault;
        vault.whenLocked(opened::clear);
    }

    public void upsert(Connection c, Appointment a) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO appointment (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(s, a);
            s.executeUpdate();
        }
    }

    /**
     * Writes for many changes in one transaction (a pull page): the upsert and delete statements are
     * prepared once and run in the order they are called. Close it before the transaction ends.
     */
    public PageWrites pageWrites(Connection c) {
        return new PageWrites(c);
    }

    /** Upserts and deletes of one pull page on prepared statements reused for every row (issue 16). */
    public final class PageWrites implements AutoCloseable {

        private final Connection c;
        private PreparedStatement upsert;
        private PreparedStatement delete;

        private PageWrites(Connection c) {
            this.c = c;
        }

        public void upsert(Appointment a) throws SQLException {
            if (upsert == null) {
                upsert = c.prepareStatement("INSERT OR REPLACE INTO appointment (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            }
            bind(upsert, a);
            upsert.executeUpdate();
        }

        public void delete(UUID id) throws SQLException {
            if (delete == null) {
                delete = c.prepareStatement("DELETE FROM appointment WHERE id = ?");
            }
            delete.setString(1, id.toString());
            delete.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            try {
                if (upsert != null) {
                    upsert.close();
                }
            } finally {
                if (delete != null) {
                    delete.close();
                }
            }
        }
    }

    public void insertAll(Connection c, Collection<Appointment> appointments) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO appointment (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Appointment a : appointments) {
                bind(s, a);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    public void deleteAll(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM appointment")) {
            s.executeUpdate();
        }
    }

    public void delete(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM appointment WHERE id = ?")) {
            s.setString(1, id.toString());
            s.executeUpdate();
        }
    }

    public Optional<Appointment> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM appointment WHERE id = ?")) {
            s.setString(1, id.toString());
            List<Appointment> found = read(s);
            return found.stream().findFirst();
        }
    }

    /**
     * The confirmed appointments starting on {@code day}, by start time. Citizens opened by an earlier call from
     * the same sealed bytes are taken from memory ({@link OpenedCitizens}): the Today screen reads this after
     * every sync batch of a catch-up.
     */
    public List<Appointment> onDay(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM appointment WHERE start_at >= ? AND start_at < ? ORDER BY start_at, code")) {
            s.setString(1, SqlTime.dayStart(day));
            s.setString(2, SqlTime.dayStart(day.plusDays(1)));
            return read(s, true);
        }
    }

    /** Every confirmed appointment from {@code from} on (for occupancy). */
    public List<Appointment> from(Connection c, LocalDate from) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                + " FROM appointment WHERE start_at >= ? ORDER BY start_at")) {
            s.setString(1, SqlTime.dayStart(from));
            return read(s);
        }
    }

    public int count(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM appointment");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Seals the rows an earlier build wrote in clear (kept in {@code appointment_unsealed} by migration
     * V6 until a login releases the data key) and drops that table. Returns how many rows were sealed.
     */
    public int sealUnsealedRows(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'appointment_unsealed'");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next() || rs.getInt(1) == 0) {
                return 0;
            }
        }
        List<Appointment> clear = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM appointment_unsealed");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String nrn = rs.getString("citizen_nrn");
                Citizen citizen = new Citizen(nrn == null ? null
                        : NationalRegisterNumber.parse(nrn),
                        rs.getString("citizen_given_name"), rs.getString("citizen_family_name"),
                        rs.getString("citizen_email"), rs.getString("citizen_phone"));
                clear.add(new Appointment(UUID.fromString(rs.getString("id")), rs.getString("code"),
                        rs.getString("location_id"), rs.getString("product_code"),
                        SqlTime.localDateTime(rs.getString("start_at")), SqlTime.localDateTime(rs.getString("end_at")),
                        citizen, AppointmentStatus.valueOf(rs.getString("status")),
                        AppointmentOrigin.valueOf(rs.getString("origin")), rs.getInt("provisional") == 1,
                        rs.getLong("version")));
            }
        }
        insertAll(c, clear);
        try (PreparedStatement s = c.prepareStatement("DROP TABLE appointment_unsealed")) {
            s.executeUpdate();
        }
        return clear.size();
    }

    private void bind(PreparedStatement s, Appointment a) throws SQLException {
        s.setString(1, a.id().toString());
        s.setString(2, a.code());
        s.setString(3, a.locationId());
        s.setString(4, a.productCode());
        s.setString(5, SqlTime.text(a.start()));
        s.setString(6, SqlTime.text(a.end()));
        s.setString(7, a.status().name());
        s.setString(8, a.origin().name());
        s.setInt(9, a.provisional() ? 1 : 0);
        s.setLong(10, a.version());
        s.setBytes(11, citizens.seal(a.id(), a.citizen()));
    }

    private List<Appointment> read(PreparedStatement s) throws SQLException {
        return read(s, false);
    }

    /** @param remember take citizens opened earlier from {@link #opened} and keep the ones opened now */
    private List<Appointment> read(PreparedStatement s, boolean remember) throws SQLException {
        List<Appointment> result = new ArrayList<>();
        int keyId = remember ? vault.keyId() : 0;
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                UUID id = UUID.fromString(rs.getString("id"));
                byte[] sealed = rs.getBytes("citizen");
                Citizen citizen = remember ? opened.find(id, keyId, sealed) : null;
                if (citizen == null) {
                    citizen = citizens.open(id, sealed);
                    if (remember) {
                        opened.keep(id, keyId, sealed, citizen);
                    }
                }
                result.add(new Appointment(id, rs.getString("code"),
                        rs.getString("location_id"), rs.getString("product_code"),
                        SqlTime.localDateTime(rs.getString("start_at")), SqlTime.localDateTime(rs.getString("end_at")),
                        citizen, AppointmentStatus.valueOf(rs.getString("status")),
                        AppointmentOrigin.valueOf(rs.getString("origin")), rs.getInt("provisional") == 1,
                        rs.getLong("version")));
            }
        }
        return result;
    }
}
