-- How far the published pulls of one scope reach: the next pull of it starts there. A watermark
-- that cannot be real (in the future, or before the registry began: a release before this check
-- stored what the API said) is ignored, and counted.
select
    max(watermark) filter (where watermark between $earliest and $latest) as watermark,
    count(*) filter (where watermark not between $earliest and $latest) as ignored
from api_pulls
where scope = $scope;
