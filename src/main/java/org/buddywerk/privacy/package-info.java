/** Privacy operations: the append-only audit log of reads and changes of participants' records. */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package org.buddywerk.privacy;
