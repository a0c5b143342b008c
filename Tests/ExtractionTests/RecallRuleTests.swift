import ClaimModel
import Testing
@testable import Extraction

/// The claims of `text` as one document published on `published`, in text order.
private func extracted(_ text: String, published: String = "2021-06-02") -> [Claim] {
    Extractor().claims(in: Document(id: "r", text: text, published: CalendarDate(iso: published)))
}

/// Category and value of every claim, in text order.
private func found(_ text: String) -> [String] {
    extracted(text).map { "\($0.category.rawValue) \($0.value)" }
}

@Suite("Single named victims")
struct SingleVictimTests {
    @Test(arguments: [
        ("Lance Corporal James Ashworth was killed in Helmand on Friday.", ["killed 1"]),
        ("Captain Sarah Jones died of her wounds in hospital.", ["killed 1"]),
        ("British Pvt. Daniel Wade was wounded by a sniper.", ["wounded 1"]),
        ("The district police chief was killed when his car hit a mine.", ["killed 1"]),
        ("Ahmad Wali, the provincial governor, was killed in the ambush.", ["killed 1"]),
        ("Five people were killed in the blast. The dead included the mayor and a local journalist.",
         ["killed 5", "killed 1", "killed 1"]),
        ("The blast wounded four soldiers, their interpreter and a driver.", ["wounded 4", "wounded 1", "wounded 1"]),
        ("Both pilots were killed when the helicopter came down.", ["killed 2"]),
        ("Troops surrounded the house and killed both of them.", ["killed 2"]),
    ])
    func countsOnePerson(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }

    @Test(arguments: [
        "General Mark Milley said three soldiers were killed.",
        "The commander told reporters that the base had not been hit.",
        "The governor said the attack was cowardly and vowed to find those who were killed' families.",
        "Both sides accused each other of violating the truce.",
        "Captain Sarah Jones said the patrol had returned safely.",
    ])
    func leavesOtherPeopleAlone(text: String) {
        #expect(found(text).filter { $0.hasSuffix(" 1") || $0.hasSuffix(" 2") }.isEmpty)
    }
}

@Suite("Tolls, revisions and wording")
struct TollRuleTests {
    @Test(arguments: [
        ("The death toll was initially put at 45 but later rose to 70.", ["killed 45", "killed 70"]),
        ("The toll rose to 88 on Sunday, up from a previous figure of 61.", ["killed 88", "killed 61"]),
        ("The death toll climbed to 40 from the earlier reported 25, the governor said.", ["killed 40", "killed 25"]),
        ("The agency cited the death toll as 57.", ["killed 57"]),
        ("The number of people killed in the clashes has risen to 31.", ["killed 31"]),
        ("Death Toll From Floods in Kerala Tops 400", ["killed 401"]),
        ("A hospital official told Reuters 14 people were killed.", ["killed 14"]),
        ("Several dozen people were wounded in the stampede.", ["wounded 24"]),
        ("Militants slaughtered nine villagers overnight.", ["killed 9"]),
        ("As many as 300 people may have died in the landslide.", ["killed 300"]),
    ])
    func readsTheFigure(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }

    @Test(arguments: [
        ("There were 15 casualties, officials said, and the death toll is expected to rise.", ["killed 15"]),
        ("The UN recorded 3,000 civilian casualties, counting the killed and the injured.", []),
        ("Hospitals reported 40 casualties, most with minor injuries.", []),
    ])
    func readsCasualtiesAsDeathsOnlyWhenTheyAre(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }
}

@Suite("Wording around the victims")
struct WordingRuleTests {
    @Test(arguments: [
        ("A shepherd and his nephew were among seven people killed in the raid.", ["killed 1", "killed 1", "killed 7"]),
        ("Three children were among at least 20 civilians wounded.", ["wounded 3", "wounded 20"]),
        ("A butcher was injured when the roof of the market collapsed.", ["wounded 1"]),
        ("Officials said nine people\nwere killed when the bus\noverturned.", ["killed 9"]),
    ])
    func readsTheFate(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }

    @Test func keepsHeadlinesApart() {
        #expect(found("Blast in market\nFive people were killed on Tuesday.") == ["killed 5"])
    }
}

@Suite("Deaths told by \"fatally\"")
struct FatallyTests {
    @Test(arguments: [
        ("Two police officers were fatally shot outside the station on Tuesday.", ["killed 2"]),
        ("Officials said 23 women and 12 men were fatally crushed in the stampede.", ["killed 23", "killed 12"]),
        ("A 17-year-old boy was fatally wounded by a stray bullet, his family said.", ["killed 1"]),
        ("The fatal crash on the highway closed two lanes for hours.", []),
    ])
    func theVerbAfterFatallyKilled(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }
}

@Suite("Tolls put at a figure")
struct PutAtTests {
    @Test(arguments: [
        ("The health ministry put civilian deaths last month at 1,289.", ["killed 1289"]),
        ("Officials put the number of dead at 45 on Sunday.", ["killed 45"]),
        ("The ministry put the blame on rebels and said 3 died.", ["killed 3"]),
        ("Analysts put the cost of the damage at 300 million dollars.", []),
    ])
    func theFigureAfterAtIsTheCount(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }

    @Test func aTitleIsOnePerson() {
        #expect(found("Police are investigating the murder of a district commissioner in the north.") == ["killed 1"])
    }
}

@Suite("Months beside figures")
struct MonthBesideFigureTests {
    @Test(arguments: [
        ("A survey estimated that over 650,000 may have died since the invasion.", ["killed 650001"]),
        ("Some 2,000 may have been wounded in the crush.", ["wounded 2000"]),
        ("On May 5 gunmen killed 3 soldiers near the border.", ["killed 3"]),
        ("The attack on 12 March 2020 killed 40 people.", ["killed 40"]),
    ])
    func onlyADayOrAYearBesideAMonthIsADate(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }
}

@Suite("A toll changed from one figure to another")
struct TollChangeTests {
    @Test(arguments: [
        ("The death toll rose from 12 to 19 overnight, hospital officials said.", ["killed 12", "killed 19"]),
        ("Officials raised the death toll from 20 to 35 on Monday.", ["killed 20", "killed 35"]),
        ("The toll was revised down from 359 to 253 after bodies were counted twice.", ["killed 359", "killed 253"]),
        ("Fuel prices rose from 12 to 19 dollars a barrel.", []),
    ])
    func bothFiguresAreTheToll(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }
}

@Suite("One person after \"the murder of\" with no article")
struct BarePersonOfTests {
    @Test(arguments: [
        ("Several officials were targeted, including the murder of former deputy district commissioner on Monday.", ["killed 1"]),
        ("Villagers mourned the death of local police chief in the ambush.", ["killed 1"]),
        ("The deaths of soldiers in the south angered the public.", []),
        ("Critics warned of the death of democracy in the region.", []),
    ])
    func countsOnePerson(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }
}

@Suite("Soldiers named by no side of their own")
struct MilitaryPartyTests {
    private func parties(_ text: String) -> [String] {
        extracted(text, published: "2003-11-05")
            .map { "\($0.category.rawValue) \($0.value) \($0.party ?? "-")" }
    }

    @Test func takeTheSideTheArticleHasNamedForItsSoldiers() {
        let text = """
            BAGHDAD, Iraq -- Two U.S. soldiers were killed on Tuesday when a roadside bomb hit their convoy near Fallujah.

            Three other soldiers were wounded in the attack, the military said.
            """
        #expect(parties(text) == ["killed 2 United States", "wounded 3 United States"])
    }

    @Test func anAllianceThatSpeaksForItsSoldiersNamesTheirSide() {
        let text = """
            NATO says separate attacks have killed five of its service members in southern Afghanistan. \
            The coalition says three soldiers were killed in a bomb attack Thursday. Another service member was killed in a separate bombing.
            """
        #expect(parties(text) == ["killed 5 NATO", "killed 3 NATO", "killed 1 NATO"])
    }

    @Test func victimsWithNoNounOfTheirOwnAreThoseBefore() {
        let text = "BAGHDAD, Iraq -- A roadside bomb killed two U.S. soldiers and wounded a third on Monday, and another was hurt in Mosul."
        #expect(parties(text) == ["killed 2 United States", "wounded 1 United States", "wounded 1 United States"])
    }

    @Test func aTollInASentenceNamingACountryIsThatCountrys() {
        let text = """
            The death toll from floods in Indonesia has risen to 303, officials said.

            In Sri Lanka, the death toll hits 69 after landslides.
            """
        #expect(parties(text) == ["killed 303 Indonesia", "killed 69 Sri Lanka"])
    }

    @Test func theNumberOfSoldiersKilledNamesItsVictims() {
        let claims = extracted("The deaths pushed to 117 the number of American soldiers killed in Iraq since May 1.", published: "2003-11-05")
        #expect(claims.map { "\($0.value) \($0.victim ?? "-") \($0.party ?? "-") \($0.scope.rawValue)" } == ["117 American soldiers United States cumulative"])
    }

    @Test func ofSeveralCountriesTheOneTheSentenceIsInIsTheVictims() {
        let text = """
            Islamist rebels hacked to death at least 22 civilians in an overnight raid in the DR Congo\u{2019}s Beni region bordering Uganda.

            The militia originated in Uganda, officials said.
            """
        #expect(parties(text) == ["killed 22 DR Congo"])
    }

    @Test func withNoSideNamedTheyBelongToTheCountry() {
        let text = "BAGHDAD, Iraq -- Three soldiers were wounded on Tuesday when a roadside bomb hit their convoy near Fallujah."
        #expect(parties(text) == ["wounded 3 Iraq"])
    }
}

@Suite("Running totals over a whole war")
struct WholeWarTests {
    private func scopes(_ text: String) -> [String] {
        extracted(text, published: "2015-11-01")
            .map { "\($0.value) \($0.scope.rawValue)" }
    }

    @Test(arguments: [
        ("Some 26,500 civilians have been killed in the war, the report said.", ["26500 cumulative"]),
        ("More than 100,000 people have died in the conflict in Syria, activists say.", ["100001 cumulative"]),
        ("Three civilians were killed in the war-torn north on Monday.", ["3 incident"]),
        ("Five soldiers were killed in the fighting on Monday.", ["5 incident"]),
    ])
    func inTheWarIsAPeriod(text: String, expected: [String]) {
        #expect(scopes(text) == expected)
    }

    @Test(arguments: [
        ("Ten people were killed in a gunfight, one of the deadliest attacks on police since the president took office.", ["10 incident"]),
        ("It was the worst rail disaster since more than 140 died in a 2010 collision.", ["141 incident"]),
        ("More than 300 soldiers have been killed since January, the ministry said.", ["301 cumulative"]),
        ("More than 100 people are feared killed in Tuesday's airstrike, one of the deadliest so far in the civil war.", ["101 incident"]),
        ("At least 12 people were killed in what officials called the \"deadliest incident documented\" this year.", ["12 incident"]),
    ])
    func sinceAfterASuperlativeMeasuresTheSuperlative(text: String, expected: [String]) {
        #expect(scopes(text) == expected)
    }

    @Test(arguments: [
        ("In May, a truck bomb in the heart of the capital killed at least 92 people.", ["92 incident"]),
        ("A suicide bomber killed at least 63 people in the same market last month.", ["63 incident"]),
        ("At least 714 Iraqis were killed in October, the United Nations said.", ["714 cumulative"]),
        ("Clashes killed 300 people in the province last month.", ["300 cumulative"]),
        ("Since January, a wave of attacks has killed 1,200 people.", ["1200 cumulative"]),
    ])
    func oneEventDatedByAMonthIsAnIncident(text: String, expected: [String]) {
        #expect(scopes(text) == expected)
    }
}

@Suite("The seriously wounded among the wounded")
struct SeverityPartTests {
    @Test func aCountBySeverityIsAPartOfTheWounded() {
        let claims = extracted("More than 100 other people were wounded, more than 50 seriously, and at least 33 people are still missing.")
        #expect(claims.map { "\($0.category.rawValue) \($0.value) \($0.partOf ?? "-")" } == ["wounded 101 -", "wounded 51 r-1", "missing 33 -"])
    }
}

@Suite("A witness counting themself")
struct FirstPersonTests {
    @Test(arguments: [
        ("\"I was slightly wounded and I saw people falling,\" said one pilgrim.", ["wounded 1"]),
        ("\"I was kidnapped in 2014 and held for a year,\" he said.", ["captured 1"]),
        ("\"I was told five people were killed,\" the guard said.", ["killed 5"]),
        ("\"I think I was lucky,\" she said.", []),
    ])
    func iCountsOne(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }
}

@Suite("Victims described by a relative clause")
struct RelativeClauseTests {
    @Test(arguments: [
        ("The chief and two policemen, who served as his bodyguards died in the blast.", ["killed 2"]),
        ("Five soldiers, who were on a routine patrol, were wounded by the mine.", ["wounded 5"]),
        ("Two journalists, who had covered the war for years, said 40 people were killed.", ["killed 40"]),
        ("Four villagers, who witnessed the attack that killed 20 people, fled.", ["killed 20"]),
    ])
    func theVictimsFateAfterTheirClause(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }
}
