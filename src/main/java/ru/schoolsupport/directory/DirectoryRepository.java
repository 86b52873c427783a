package ru.schoolsupport.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schools and people of the municipality, in our own tables. */
@Repository
public class DirectoryRepository {

  private static final String PERSON_COLUMNS = """
      p.id, p.login, p.last_name, p.first_name, p.middle_name, p.position, p.email, p.role,
      s.code as school_code, p.position_genitive""";

  private final JdbcClient jdbc;

  public DirectoryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates or updates the municipality row from configuration; returns its id. */
  public long saveMunicipality(MunicipalityProperties municipality) {
    Optional<Long> id = jdbc.sql("select id from ss_municipality where code = ?")
        .param(municipality.code()).query(Long.class).optional();
    if (id.isPresent()) {
      jdbc.sql("update ss_municipality set name = ?, short_name = ?, regional_institute_email = ? where id = ?")
          .params(municipality.name(), municipality.shortName(), municipality.regionalInstituteEmail(), id.get())
          .update();
      return id.get();
    }
    jdbc.sql("insert into ss_municipality (code, name, short_name, regional_institute_email) values (?, ?, ?, ?)")
        .params(municipality.code(), municipality.name(), municipality.shortName(),
            municipality.regionalInstituteEmail())
        .update();
    return jdbc.sql("select id from ss_municipality where code = ?").param(municipality.code())
        .query(Long.class).single();
  }

  public Map<String, School> schoolsByCode() {
    return findSchools().stream().collect(Collectors.toMap(School::code, Function.identity()));
  }

  public List<School> findSchools() {
    return jdbc.sql("select * from ss_school order by short_name").query(DirectoryRepository::school).list();
  }

  public Optional<School> findSchool(String code) {
    return jdbc.sql("select * from ss_school where code = ?").param(code).query(DirectoryRepository::school).optional();
  }

  public void insertSchool(long municipalityId, School school) {
    jdbc.sql("""
            insert into ss_school (municipality_id, code, full_name, short_name, district, can_mentor, email, phone, address)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(municipalityId, school.code(), school.fullName(), school.shortName(), school.district(),
            school.canMentor(), school.email(), school.phone(), school.address())
        .update();
  }

  public void updateSchool(School school) {
    jdbc.sql("""
            update ss_school set full_name = ?, short_name = ?, district = ?, can_mentor = ?, email = ?, phone = ?,
            address = ? where code = ?""")
        .params(school.fullName(), school.shortName(), school.district(), school.canMentor(), school.email(),
            school.phone(), school.address(), school.code())
        .update();
  }

  public Map<String, Person> peopleByLogin() {
    return findPeople().stream().collect(Collectors.toMap(Person::login, Function.identity()));
  }

  public List<Person> findPeople() {
    return jdbc.sql("select " + PERSON_COLUMNS + " from ss_person p left join ss_school s on s.id = p.school_id"
        + " order by p.last_name, p.first_name").query(DirectoryRepository::person).list();
  }

  public Optional<Person> findPerson(String login) {
    return jdbc.sql("select " + PERSON_COLUMNS + " from ss_person p left join ss_school s on s.id = p.school_id"
        + " where p.login = ?").param(login).query(DirectoryRepository::person).optional();
  }

  public List<Person> findPeopleInRole(Role role) {
    return jdbc.sql("select " + PERSON_COLUMNS + " from ss_person p left join ss_school s on s.id = p.school_id"
        + " where p.role = ? order by p.last_name, p.first_name").param(role.name())
        .query(DirectoryRepository::person).list();
  }

  public void insertPerson(Person person) {
    jdbc.sql("""
            insert into ss_person (login, last_name, first_name, middle_name, position, email, role, school_id,
              position_genitive)
            values (?, ?, ?, ?, ?, ?, ?, (select id from ss_school where code = ?), ?)""")
        .params(person.login(), person.lastName(), person.firstName(), person.middleName(), person.position(),
            person.email(), person.role().name(), person.schoolCode(), person.positionGenitive())
        .update();
  }

  public void updatePerson(Person person) {
    jdbc.sql("""
            update ss_person set last_name = ?, first_name = ?, middle_name = ?, position = ?, email = ?, role = ?,
            school_id = (select id from ss_school where code = ?), position_genitive = ? where login = ?""")
        .params(person.lastName(), person.firstName(), person.middleName(), person.position(), person.email(),
            person.role().name(), person.schoolCode(), person.positionGenitive(), person.login())
        .update();
  }

  private static School school(ResultSet rs, int row) throws SQLException {
    return new School(rs.getLong("id"), rs.getString("code"), rs.getString("full_name"), rs.getString("short_name"),
        rs.getString("district"), rs.getBoolean("can_mentor"), rs.getString("email"), rs.getString("phone"),
        rs.getString("address"));
  }

  private static Person person(ResultSet rs, int row) throws SQLException {
    return new Person(rs.getLong("id"), rs.getString("login"), rs.getString("last_name"), rs.getString("first_name"),
        rs.getString("middle_name"), rs.getString("position"), rs.getString("email"), Role.valueOf(rs.getString("role")),
        rs.getString("school_code"), rs.getString("position_genitive"));
  }
}
