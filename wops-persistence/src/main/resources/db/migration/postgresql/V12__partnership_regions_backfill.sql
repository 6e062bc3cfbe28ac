-- Fills partnerships.regions (V11) from the countries stored so far.
update partnerships p set regions = coalesce(
    (select '|' || string_agg(distinct r.region, '|' order by r.region) || '|'
       from partnership_countries k join country_regions r on r.country_code = k.country_code
      where k.partnership_id = p.id),
    '||');
