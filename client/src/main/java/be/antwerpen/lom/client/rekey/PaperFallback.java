package be.antwerpen.lom.client.rekey;

import be.antwerpen.lom.client.downtime.DowntimePackFolder;
import be.antwerpen.lom.client.downtime.desk.DowntimePackGenerator;
import be.antwerpen.lom.client.downtime.desk.DowntimePackSchedule;
import be.antwerpen.lom.client.downtime.desk.PackGenerationProgress;
import be.antwerpen.lom.client.downtime.desk.PackSerials;
import be.antwerpen.lom.client.downtime.desk.SerialLeaseSource;

/** The paper fallback of the desk: the downtime pack, its schedule and serials, and re-keying. */
public record PaperFallback(DowntimePackFolder folder, DowntimePackGenerator generator, DowntimePackSchedule schedule,
                            PackSerials serials, SerialLeaseSource leases, PaperFormLookup lookup,
                            PaperRekeying rekeying, RekeyProgress progress,
                            PackGenerationProgress generation) {
}
