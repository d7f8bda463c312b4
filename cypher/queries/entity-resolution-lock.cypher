// Taken first in every article load and held until commit: concurrent loads resolve entities one after another,
// so two articles naming "Mattis" at once cannot both create him (Community edition has no other way to
// serialize a read-then-create across transactions). One lock, always first: no deadlock between loads.
MERGE (lock:ResolutionLock {id: 'entities'})
SET lock.takenAt = timestamp(), lock.name = 'entity resolution lock'
