/**
 * The downtime pack on the desk: leased serial ranges, the serials each day's pack printed,
 * regeneration from the local store after a sync that changed the agenda and every evening.
 */
package be.antwerpen.lom.client.downtime.desk;
