-- How long the publisher waits for a lock a reader holds before it leaves that step for later.
set lock_timeout = '2s';
