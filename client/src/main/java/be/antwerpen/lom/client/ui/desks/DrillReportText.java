package be.antwerpen.lom.client.ui.desks;

import be.antwerpen.lom.client.ui.Messages;
import be.antwerpen.lom.model.drill.DrillReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The drill report as lines in the user's language, for the screen and the PDF (ADR 0113). */
public final class DrillReportText {

    private final Messages messages;
    private final ZoneId zone;
    private final Function<String, String> locationName;

    public DrillReportText(Messages messages, ZoneId zone, Function<String, String> locationName) {
        this.messages = messages;
        this.zone = zone;
        this.locationName = locationName;
    }

    public String title() {
        return messages.get("drillreport.title");
    }

    public List<String> lines(DrillReport report) {
        List<String> lines = new ArrayList<>();
        var drill = report.drill();
        lines.add(messages.get("drillreport.drill", time(drill.startsAt()), time(drill.plannedEnd()),
                messages.get("drill.state." + drill.state()), drill.createdBy()));
        for (DrillReport.DeskPart d : report.desks()) {
            lines.add("# " + messages.get("drillreport.desk", d.deskName(), locationName.apply(d.locationId())));
            if (!d.reported()) {
                lines.add(messages.get("drillreport.notReported"));
            } else {
                lines.add(messages.get("drillreport.period", time(d.beganAt()), time(d.endedAt()),
                        messages.get("drillreport.endReason." + d.endReason())));
                lines.add(messages.get("drillreport.copyAge", minutes(d.copyAgeMinutes())));
                lines.add(messages.get("drillreport.packAge", minutes(d.packAgeMinutes()),
                        messages.get(Boolean.TRUE.equals(d.packPrinted()) ? "desks.yes" : "desks.no")));
                lines.add(messages.get("drillreport.catchUp", d.reconnectToCaughtUpSeconds() == null
                        ? messages.get("desks.unknown")
                        : messages.get("desks.seconds", d.reconnectToCaughtUpSeconds())));
            }
            lines.add(messages.get("drillreport.offline", d.offlineActions() == null ? messages.get("desks.unknown")
                    : String.valueOf(d.offlineActions()), d.commandsReceived()));
            lines.add(messages.get("drillreport.paper", d.paperRekeyed(), d.paperMissing()));
            lines.add(messages.get("drillreport.conflicts", d.conflictsRaised(), d.conflictsSettled()));
        }
        for (DrillReport.LocationPart l : report.locations()) {
            lines.add("# " + messages.get("drillreport.location", locationName.apply(l.locationId()),
                    l.date().format(messages.date())));
            lines.add(messages.get("drillreport.offline", l.offlineActions(), l.commandsReceived()));
            lines.add(messages.get("drillreport.paper", l.paperRekeyed(), l.paperMissing()));
            lines.add(messages.get("drillreport.missingSerials", l.missingSerials().isEmpty() ? messages.get("drillreport.none")
                    : String.join(", ", l.missingSerials())));
            lines.add(messages.get("drillreport.conflicts", l.conflictsRaised(), l.conflictsSettled()));
            lines.add(messages.get("drillreport.citizens", l.booked(), l.served(), l.noShow(), l.cancelled(),
                    l.stillOpen(), l.disputed()));
            lines.add(l.accountedFor() ? messages.get("drillreport.accounted") : messages.get("drillreport.notAccounted",
                    String.join(", ", l.reasons().stream().map(r -> reason(r, report, l.locationId())).toList())));
        }
        return lines;
    }

    /** A failing check in words; a desk's own check names the desks of the location it fails for (ADR 0147). */
    private String reason(String code, DrillReport report, String locationId) {
        if (!DrillReport.DeskPart.CODES.contains(code)) {
            return messages.get("drill.reason." + code);
        }
        return messages.get("drill.reason." + code, String.join(", ", report.desks().stream()
                .filter(d -> d.locationId().equals(locationId) && d.reasons().contains(code))
                .map(DrillReport.DeskPart::deskName).toList()));
    }

    private String time(Instant at) {
        return at == null ? messages.get("desks.unknown")
                : LocalDateTime.ofInstant(at, zone).format(messages.date()) + " "
                + LocalDateTime.ofInstant(at, zone).format(messages.time());
    }

    private String minutes(Long minutes) {
        if (minutes == null) {
            return messages.get("desks.unknown");
        }
        Duration d = Duration.ofMinutes(minutes);
        return messages.get("alarm.age", d.toHours(), d.toMinutesPart());
    }
}
