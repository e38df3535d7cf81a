/**
 * Re-keying paper forms after an outage: find the form by QR code, serial or appointment code,
 * check what was written on it, and turn it into ordinary commands with origin PAPER and the paper
 * time, stored in the outbox like every other desk action.
 */
package be.antwerpen.lom.client.rekey;
