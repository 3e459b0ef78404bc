-- What matching weighs besides languages, place and time. A volunteer may keep their gender to themselves.
ALTER TABLE volunteer ADD COLUMN gender VARCHAR(10);

CREATE TABLE volunteer_interest (
    volunteer_id BIGINT NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    interest     VARCHAR(20) NOT NULL,
    CONSTRAINT volunteer_interest_pk PRIMARY KEY (volunteer_id, interest)
);

-- Life domains the buddy will not take on: structured, next to the free-text volunteer.boundaries.
CREATE TABLE volunteer_boundary (
    volunteer_id BIGINT NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    life_domain  VARCHAR(30) NOT NULL,
    CONSTRAINT volunteer_boundary_pk PRIMARY KEY (volunteer_id, life_domain)
);

CREATE TABLE participant_interest (
    participant_id BIGINT NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    interest       VARCHAR(20) NOT NULL,
    CONSTRAINT participant_interest_pk PRIMARY KEY (participant_id, interest)
);

-- While matched a participant is not waiting; the date they started waiting is kept here, so that waiting
-- again after a match ends puts them back in their old place.
ALTER TABLE participant ADD COLUMN waiting_since_before_match DATE;
