-- How far the published pulls of one scope reach: the next pull of it starts there.
select max(watermark) as watermark from api_pulls where scope = $scope;
