-- Fills partnerships.regions (V11) from the countries stored so far (H2's LISTAGG for PostgreSQL's string_agg).
update partnerships p set regions = coalesce(
    (select '|' || listagg(distinct r.region, '|') within group (order by r.region) || '|'
       from partnership_countries k join country_regions r on r.country_code = k.country_code
      where k.partnership_id = p.id),
    '||');
