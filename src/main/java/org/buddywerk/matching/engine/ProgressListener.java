package org.buddywerk.matching.engine;

/** Hears how far a long solve is: participants placed so far, of all of them. Called on the solving thread. */
@FunctionalInterface
public interface ProgressListener {

	ProgressListener NONE = (done, total) -> {
	};

	void progress(int done, int total);
}
