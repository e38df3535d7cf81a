package be.antwerpen.lom.client;

import be.antwerpen.lom.client.agenda.LocalAgenda;
import be.antwerpen.lom.client.auth.DeskEnrollment;
import be.antwerpen.lom.client.auth.DeskSession;
import be.antwerpen.lom.client.auth.IdleLock;
import be.antwerpen.lom.client.auth.StaffLogin;
import be.antwerpen.lom.client.counter.CounterActions;
import be.antwerpen.lom.client.counter.OfflineBooking;
import be.antwerpen.lom.client.drill.DeskDrills;
import be.antwerpen.lom.client.reference.CurrentReferenceData;
import be.antwerpen.lom.client.rekey.PaperFallback;
import be.antwerpen.lom.client.store.LocalStore;
import be.antwerpen.lom.client.supervisor.SupervisorServices;
import be.antwerpen.lom.client.sync.DeskChanges;
import be.antwerpen.lom.client.sync.SyncEngine;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * The desk's services below the UI, built once by {@link DeskAssembly} and handed by the composition root
 * to the screens that need them.
 *
 * @param changes    what changed on the desk (sync status, local data), for views to follow
 * @param supervisor the supervisor's services at a server URL
 */
public record DeskServices(LocalStore store, CurrentReferenceData referenceData, LocalAgenda agenda,
                           CounterActions actions, OfflineBooking booking, SyncEngine sync, DeskChanges changes,
                           DeskEnrollment enrollment, StaffLogin login, DeskSession session, IdleLock idleLock,
                           BooleanSupplier demoServer, Clock clock, String defaultServerUrl, PaperFallback paper,
                           Function<String, SupervisorServices> supervisor, DeskDrills drills) {

    /**
     * Closes the desk's services in order: the sync schedules no more rounds, the downtime pack schedule stops and
     * waits for a pack being written, then the local store closes. After this nothing of the desk writes into its
     * data folder, except a sync round already running on the caller's sync scheduler, which fails on the closed
     * store; shut that scheduler down first to rule it out.
     */
    public void close() {
        sync.stop();
        paper.schedule().stop();
        store.close();
    }
}
