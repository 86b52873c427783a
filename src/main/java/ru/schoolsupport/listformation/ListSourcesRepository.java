package ru.schoolsupport.listformation;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a list is formed from: the schools' indicators by year and the regional list by year. */
@Repository
public class ListSourcesRepository {

  private final JdbcClient jdbc;

  public ListSourcesRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts or replaces a school's indicators for a year; returns true if a row was added. */
  public boolean saveIndicators(SchoolIndicators i) {
    int updated = jdbc.sql("""
            update ss_school_indicators set vpr_fail_share = ?, oge_average = ?, ege_average = ?, below_min_share = ?,
            social_index = ? where school_year = ? and school_id = (select id from ss_school where code = ?)""")
        .params(i.vprFailShare(), i.ogeAverage(), i.egeAverage(), i.belowMinShare(), i.socialIndex(), i.year(),
            i.schoolCode())
        .update();
    if (updated > 0) {
      return false;
    }
    jdbc.sql("""
            insert into ss_school_indicators (school_id, school_year, vpr_fail_share, oge_average, ege_average, below_min_share,
            social_index) values ((select id from ss_school where code = ?), ?, ?, ?, ?, ?, ?)""")
        .params(i.schoolCode(), i.year(), i.vprFailShare(), i.ogeAverage(), i.egeAverage(), i.belowMinShare(),
            i.socialIndex())
        .update();
    return true;
  }

  /** Each school's most recent indicators of a year not after {@code year}. */
  public List<SchoolIndicators> latestIndicators(int year) {
    return jdbc.sql("""
            select s.code, i.* from ss_school_indicators i join ss_school s on s.id = i.school_id
            where i.school_year = (select max(j.school_year) from ss_school_indicators j where j.school_id = i.school_id and j.school_year <= ?)
            order by s.code""")
        .param(year)
        .query((rs, row) -> new SchoolIndicators(rs.getString("code"), rs.getInt("school_year"),
            rs.getBigDecimal("vpr_fail_share"), rs.getBigDecimal("oge_average"), rs.getBigDecimal("ege_average"),
            rs.getBigDecimal("below_min_share"), rs.getBigDecimal("social_index")))
        .list();
  }

  public List<SchoolIndicators> indicatorsOf(String schoolCode) {
    return jdbc.sql("""
            select s.code, i.* from ss_school_indicators i join ss_school s on s.id = i.school_id where s.code = ?
            order by i.school_year""")
        .param(schoolCode)
        .query((rs, row) -> new SchoolIndicators(rs.getString("code"), rs.getInt("school_year"),
            rs.getBigDecimal("vpr_fail_share"), rs.getBigDecimal("oge_average"), rs.getBigDecimal("ege_average"),
            rs.getBigDecimal("below_min_share"), rs.getBigDecimal("social_index")))
        .list();
  }

  /** Inserts or replaces a regional list entry; returns true if a row was added. */
  public boolean saveRegionalListEntry(RegionalListEntry e) {
    int updated = jdbc.sql("""
            update ss_regional_list set category = ?, project = ?, order_ref = ?
            where school_year = ? and school_id = (select id from ss_school where code = ?)""")
        .params(e.category().name(), e.project().name(), e.orderRef(), e.year(), e.schoolCode())
        .update();
    if (updated > 0) {
      return false;
    }
    jdbc.sql("""
            insert into ss_regional_list (school_year, school_id, category, project, order_ref)
            values (?, (select id from ss_school where code = ?), ?, ?, ?)""")
        .params(e.year(), e.schoolCode(), e.category().name(), e.project().name(), e.orderRef())
        .update();
    return true;
  }

  public List<RegionalListEntry> regionalList(int year) {
    return jdbc.sql("""
            select s.code, r.* from ss_regional_list r join ss_school s on s.id = r.school_id where r.school_year = ?
            order by s.code""")
        .param(year)
        .query((rs, row) -> new RegionalListEntry(rs.getString("code"), rs.getInt("school_year"),
            Category.valueOf(rs.getString("category")), Project.valueOf(rs.getString("project")),
            rs.getString("order_ref")))
        .list();
  }
}
