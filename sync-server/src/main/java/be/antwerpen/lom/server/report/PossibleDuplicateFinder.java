package be.antwerpen.lom.server.report;

import be.antwerpen.lom.model.citizen.NationalRegisterNumber;
import be.antwerpen.lom.model.report.ReconciliationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One citizen handled twice on a day (ADR 0096): two walk-ins of one register number (at any desk or
 * location), or one product twice on the day, neither record cancelled. The register number is only
 * compared here; the report shows it masked.
 */
final class PossibleDuplicateFinder {

    static final String WALK_IN_TWICE = "WALK_IN_TWICE";
    static final String SAME_PRODUCT_TWICE = "SAME_PRODUCT_TWICE";
    private static final Set<String> WALK_IN_ORIGINS = Set.of("WALK_IN", "PAPER");

    /**
     * @param records     the day's records of the citizens with a record at the location, grouped by register
     *                    number (as {@link ReconciliationRepository#recordsOfCitizensAt} orders them)
     * @param locationId  the report's location: a group is reported when one of its records is there
     * @param devices     appointment id to the device that created it
     * @param deskNames   device id to desk name
     */
    List<ReconciliationReport.PossibleDuplicate> find(List<ReconciliationRepository.CitizenRecord> records,
                                                       String locationId, Map<String, String> devices,
                                                       Map<String, String> deskNames) {
        Map<String, List<ReconciliationRepository.CitizenRecord>> byCitizen = records.stream().collect(
                Collectors.groupingBy(ReconciliationRepository.CitizenRecord::registerNumber, LinkedHashMap::new,
                        Collectors.toList()));
        List<ReconciliationReport.PossibleDuplicate> out = new ArrayList<>();
        for (Map.Entry<String, List<ReconciliationRepository.CitizenRecord>> citizen : byCitizen.entrySet()) {
            List<ReconciliationRepository.CitizenRecord> all = citizen.getValue();
            if (all.size() < 2) {
                continue;
            }
            List<ReconciliationRepository.CitizenRecord> walkIns = all.stream()
                    .filter(r -> WALK_IN_ORIGINS.contains(r.origin())).toList();
            if (walkIns.size() >= 2) {
                add(out, citizen.getKey(), WALK_IN_TWICE, walkIns, locationId, devices, deskNames);
            }
            Map<String, List<ReconciliationRepository.CitizenRecord>> byProduct = all.stream().collect(
                    Collectors.groupingBy(ReconciliationRepository.CitizenRecord::productCode, LinkedHashMap::new,
                            Collectors.toList()));
            for (List<ReconciliationRepository.CitizenRecord> same : byProduct.values()) {
                boolean coveredByWalkIns = walkIns.size() >= 2 && walkIns.containsAll(same);
                if (same.size() >= 2 && !coveredByWalkIns) {
                    add(out, citizen.getKey(), SAME_PRODUCT_TWICE, same, locationId, devices, deskNames);
                }
            }
        }
        return out;
    }

    private static void add(List<ReconciliationReport.PossibleDuplicate> out, String registerNumber, String rule,
                            List<ReconciliationRepository.CitizenRecord> records, String locationId,
                            Map<String, String> devices, Map<String, String> deskNames) {
        if (records.stream().noneMatch(r -> r.locationId().equals(locationId))) {
            return;
        }
        List<ReconciliationReport.DuplicateRecord> lines = records.stream().map(r -> {
            String device = devices.get(r.appointmentId());
            return new ReconciliationReport.DuplicateRecord(r.appointmentId(), r.code(), r.locationId(), r.start(),
                    r.productCode(), r.status(), r.origin(), device,
                    device == null ? null : deskNames.getOrDefault(device, device));
        }).toList();
        out.add(new ReconciliationReport.PossibleDuplicate(mask(registerNumber), rule, lines));
    }

    /** The project's masked notation {@code 85.07.30-***.**} (birth date only), as on the desk's screens. */
    static String mask(String registerNumber) {
        try {
            return NationalRegisterNumber.parse(registerNumber).masked();
        } catch (RuntimeException unreadable) {
            return "**.**.**-***.**";
        }
    }
}
