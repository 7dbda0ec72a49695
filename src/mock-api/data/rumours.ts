import type { RumourRecord } from '../records';

/**
 * Cast rumours from fan news, each followed to its outcome: confirmed (with the cast change that
 * bore it out), denied (by whom, when), still open, or just rumoured. Newest first.
 */
export const rumours: RumourRecord[] = [
  {
    id: 'rumour-2026-03-08-anuj-kapadia-to-reenter-the-story',
    date: '2026-03-08',
    claim:
      'Anuj Kapadia to re-enter the story played by a new actor, Sachin Tyagi, rather than Gaurav Khanna',
    characters: ['anuj-kapadia'],
    actors: ['sachin-tyagi', 'gaurav-khanna'],
    status: 'open',
    outcome:
      "Sachin Tyagi's entry in the 2026 Goa chapter was confirmed by a teaser, but the makers kept his character secret; no report found confirms that he plays Anuj.",
    confirmedBy: null,
    denial: null,
    sources: [
      'https://www.abplive.com/entertainment/television/anupama-spoiler-alert-sachin-tyagi-will-be-enter-in-show-as-anuj-know-all-details-here-3098680',
      'https://www.abplive.com/entertainment/bollywood/sachin-tyagi-joining-anupamaa-said-audience-will-truly-enjoy-3098708',
      'https://www.navarashtra.com/movies/bollywood/new-twist-in-star-plus-popular-anupama-sachin-tyagi-makes-a-grand-entry-1165225.html',
    ],
  },
  {
    id: 'rumour-2025-05-manish-goel-raghav-to-quit-anupamaa',
    date: '2025-05',
    claim:
      'Manish Goel (Raghav) to quit Anupamaa after differences with Rupali Ganguly, followed by another leap (India Forums source)',
    characters: ['raghav'],
    actors: ['manish-goel', 'rupali-ganguly'],
    status: 'confirmed',
    outcome:
      "Exit confirmed: he posted a goodbye on 21 May 2025 and did not continue after the Mumbai time jump. The 'differences with Rupali' part was denied by Manish Goel himself, who said the role was always meant to be short.",
    confirmedBy: {
      portrayals: ['raghav--manish-goel'],
      events: [],
    },
    denial: {
      by: 'Manish Goel (denied the fallout only)',
      date: '2025-05-10',
    },
    sources: [
      'https://www.koimoi.com/television/anupamaa-is-manish-goel-leaving-the-show-after-fight-with-rupali-ganguly-heres-what-actor-revealed/',
      'http://bollywoodmovies.info/index-928.html',
      'https://www.serialgossip.com/after-randeep-rai-manish-goel-aka-raghav-to-leave-star-pluss-show-anupamaa-113525-a',
      'https://stage.prabhatkhabar.com/entertainment/anupama-raghav-aka-manish-goel-exit-from-show-saya-kuch-goodbye-bahut/amp',
    ],
  },
  {
    id: 'rumour-2025-05-randeep-rai-was-abruptly-removed-made',
    date: '2025-05',
    claim: 'Randeep Rai was abruptly removed / made a sudden exit from Anupamaa',
    characters: [],
    actors: ['randeep-rai'],
    status: 'denied',
    outcome:
      "The character did leave (Aryan dies), but the actor said the part was planned from the start as about six weeks ending in Aryan's death.",
    confirmedBy: null,
    denial: {
      by: 'Randeep Rai',
      date: '2025-05-26',
    },
    sources: [
      'https://www.hindustantimes.com/htcity/actor-randeep-rai-clarifies-that-his-role-in-the-television-daily-anupamaa-was-always-shortterm-101748237210999.html',
    ],
  },
  {
    id: 'rumour-2025-04-21-gaurav-khanna-to-return-to-anupamaa',
    date: '2025-04-21',
    claim:
      "Gaurav Khanna to return to Anupamaa as Anuj Kapadia (after winning Celebrity MasterChef; he called Anuj 'a comma, not a full stop')",
    characters: ['anuj-kapadia'],
    actors: ['gaurav-khanna'],
    status: 'open',
    outcome:
      "Kept alive by viral pictures of Anuj at Raahi and Prem's wedding rituals (July 2025), which Gaurav Khanna addressed, and again after he won Bigg Boss 19 (Dec 2025). As of 10 Mar 2026 he said he had no current plan but would like to return if the story gave Anuj a strong arc. No return reported.",
    confirmedBy: null,
    denial: null,
    sources: [
      'https://www.womansera.com/after-winning-celebrity-masterchef-gaurav-khanna-to-make-his-comeback-to-anupama-as-anuj-kapadia/',
      'https://swadeshsamachar.com/article/will-gaurav-khanna-return-to-anupama-rupali-ganguly-is-not-his-friend-and-he-revealed-this-about-the-fight-on-the-set',
      'https://kknlive.com/en/entertainment-news/anupama-update-gaurav-khanna-returns-as-anuj-amid-raahi-prem-wedding-twist/?amp=1',
      'https://stage.prabhatkhabar.com/entertainment/anupama-anuj-aka-gaurav-khanna-reacts-on-re-entry-in-show-says-6-mahine-mai/amp',
      'https://m.bollywoodstatement.com/index-5227.html',
      'https://www.dnaindia.com/entertainment/report-gaurav-khanna-reveals-if-he-will-make-his-comeback-in-rupali-ganguly-starrer-anupamaa-i-would-definitely-like-to-return-3202871',
    ],
  },
  {
    id: 'rumour-2025-03-07-manish-goel-to-enter-anupamaa-as',
    date: '2025-03-07',
    claim:
      "Manish Goel to enter Anupamaa as Raahi's biological father (after leaked photos in a prison uniform)",
    characters: ['raghav', 'aadhya-kapadia'],
    actors: ['manish-goel'],
    status: 'open',
    outcome:
      "He did join (March 2025), but as Raghav, a prisoner later shown as the husband of the Kotharis' missing daughter Pankhuri; Shivam Khajuria declined to comment on the father theory. No report found saying Raghav is Raahi's father; the character left in May 2025.",
    confirmedBy: null,
    denial: null,
    sources: [
      'https://www.latestly.com/entertainment/tv/manish-goel-to-enter-anupamaa-as-raahis-biological-father-leaked-photos-of-actor-spark-rumours-6692603.html',
      'https://stage.prabhatkhabar.com/entertainment/anupama-shivam-khajuria-aka-prem-reveals-whether-raghav-is-rahi-real-father-or-not',
      'https://www.prabhatkhabar.com/entertainment/anupama-fame-aryan-aka-randeep-rai-reacts-on-working-with-mahi-aka-spreha-chatterjee-in-show/amp',
    ],
  },
  {
    id: 'rumour-2025-01-rupali-ganguly-to-exit-within-three',
    date: '2025-01',
    claim:
      'Rupali Ganguly to exit within three months once the Prem-Raahi love story is established (Times Now source)',
    characters: ['anupamaa'],
    actors: ['rupali-ganguly'],
    status: 'denied',
    outcome:
      "She called it 'overactive imagination' and said she would stay till the end. Producers Rajan and Deepa Shahi also called the reports untrue. She was still the lead as of March 2026.",
    confirmedBy: null,
    denial: {
      by: 'Rupali Ganguly; producers Rajan Shahi and Deepa Shahi',
      date: '2025-01-04',
    },
    sources: [
      'https://www.indiatvnews.com/entertainment/tv/rupali-ganguly-to-quit-anupamaa-soon-heres-what-we-know-so-far-2025-01-04-969546',
      'https://www.hindustantimes.com/entertainment/tv/is-rupali-ganguly-quitting-anupamaa-actor-reacts-to-the-rumours-101736005761011.html',
      'https://www.republicworld.com/amp/entertainment/television/rupali-ganguly-calls-rumours-of-her-quitting-anupamaa-ridiculous-says-does-anyone-leave-their-family',
      'https://www.mid-day.com/entertainment/television-news/article/rupali-ganguly-reacts-to-news-of-quitting-anupamaa-23458830',
      'https://newsable.asianetnews.com/gallery/entertainment/rupali-ganguly-quiting-anupamaa-actress-opens-up-rumours-atg-splkfk',
    ],
  },
  {
    id: 'rumour-2025-sudhanshu-pandey-to-return-as-vanraj',
    date: '2025',
    claim: 'Sudhanshu Pandey to return as Vanraj Shah',
    characters: ['vanraj-shah'],
    actors: ['sudhanshu-pandey'],
    status: 'denied',
    outcome:
      'In an Instagram live (reported 3 Mar 2025) he said a return was not on the cards. He was asked again in June 2025. No return has been reported.',
    confirmedBy: null,
    denial: {
      by: 'Sudhanshu Pandey',
      date: '2025-03-03',
    },
    sources: [
      'https://zeenews.india.com/people/anupamaa-fame-sudhanshu-pandey-reacts-to-announcing-his-sudden-exit-publicly-whatever-i-said-is-100-percent-true-2866550.html',
      'https://www.prabhatkhabar.com/entertainment/anupama-vanraj-aka-sudhanshu-pandey-reacts-on-re-entry-in-show-says-mere-bare-mai-kam/amp',
      'https://aapkikhabar.com/entertainment/vanraj-shahs-explosive-return-to-anupamaa/cid16974598.htm',
    ],
  },
  {
    id: 'rumour-2025-manish-naggdev-toshu-to-quit-anupamaa',
    date: '2025',
    claim: 'Manish Naggdev (Toshu) to quit Anupamaa soon',
    characters: ['paritosh-shah'],
    actors: ['manish-naggdev'],
    status: 'denied',
    outcome:
      "He told Times Now's Telly Talk it was fake news from social-media pages. No exit has been reported since.",
    confirmedBy: null,
    denial: {
      by: 'Manish Naggdev',
      date: '2025',
    },
    sources: [
      'https://www.timesnowhindi.com/videos/entertainment-videos/anupamaa-manish-naggdev-reacts-on-rumours-of-quitting-show-video-151687032',
    ],
  },
  {
    id: 'rumour-2024-11-29-anuj-gaurav-khanna-to-return-to',
    date: '2024-11-29',
    claim:
      'Anuj (Gaurav Khanna) to return to the post-leap story soon (Manish Naggdev said he would be on set soon)',
    characters: ['anuj-kapadia'],
    actors: ['gaurav-khanna'],
    status: 'denied',
    outcome:
      'Not borne out: on 3 Dec 2024 Gaurav Khanna confirmed his exit after waiting two months for a planned re-entry.',
    confirmedBy: null,
    denial: {
      by: 'No one by name: later events contradicted it',
      date: null,
    },
    sources: [
      'https://stage.prabhatkhabar.com/entertainment/anupama-twist-toshu-aka-manish-naggdev-reacts-on-anuj-comeback-in-show-says-set-par-jaldi-hi-wo/amp',
      'https://www.latestly.com/entertainment/tv/for-now-anujs-chapter-is-closed-anupamaa-star-gaurav-khanna-aka-anuj-kapadia-quits-rupali-gangulys-show-hints-at-future-plans-6463973.html',
    ],
  },
  {
    id: 'rumour-2024-10-smriti-irani-to-make-her-tv',
    date: '2024-10',
    claim: 'Smriti Irani to make her TV comeback with a cameo in Anupamaa after the 15-year leap',
    characters: ['anupamaa'],
    actors: [],
    status: 'denied',
    outcome: 'Smriti Irani dismissed the reports as fake. She did not appear in Anupamaa.',
    confirmedBy: null,
    denial: {
      by: 'Smriti Irani (called it fake news, per media reports)',
      date: '2024-10',
    },
    sources: [
      'https://www.pratidintime.com/entertainment/smriti-irani-rumoured-to-make-tv-comeback-after-15-years-with-anupamaa',
      'https://jubileepost.in/?p=308647',
      'https://www.freepressjournal.in/entertainment/fake-smriti-irani-shuts-down-rumours-of-tv-comeback-with-rupali-gangulys-anupamaa-after-15-year-hiatus',
    ],
  },
  {
    id: 'rumour-2024-10-alpana-buch-baa-and-arvind-vaidya',
    date: '2024-10',
    claim:
      'Alpana Buch (Baa) and Arvind Vaidya (Bapuji) among nine actors exiting at the 15-year leap',
    characters: ['leela-shah', 'hasmukh-shah'],
    actors: ['alpana-buch', 'arvind-vaidya'],
    status: 'denied',
    outcome:
      'Contradicted by later reports: a March 2026 cast-age feature in Live Hindustan names Arvind Vaidya (Bapuji) and Alpana Buch (Leela Baa) as current cast. No explicit denial by either actor was found.',
    confirmedBy: null,
    denial: {
      by: 'No one by name: later events contradicted it',
      date: null,
    },
    sources: [
      'https://www.pratidintime.com/entertainment/smriti-irani-rumoured-to-make-tv-comeback-after-15-years-with-anupamaa',
      'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
    ],
  },
  {
    id: 'rumour-2024-10-shivangi-joshi-to-replace-rupali-ganguly',
    date: '2024-10',
    claim: 'Shivangi Joshi to replace Rupali Ganguly as the lead after the 15-year leap',
    characters: ['anupamaa'],
    actors: ['rupali-ganguly'],
    status: 'denied',
    outcome:
      'Shivangi Joshi said on Instagram that she was not doing the show. Rupali Ganguly continued as Anupamaa.',
    confirmedBy: null,
    denial: {
      by: 'Shivangi Joshi (Instagram story)',
      date: '2024-10',
    },
    sources: ['https://indiahood.com/?p=111079'],
  },
  {
    id: 'rumour-2024-09-01-madalsa-sharma-kavya-quitting-anupamaa-after',
    date: '2024-09-01',
    claim: "Madalsa Sharma (Kavya) quitting Anupamaa after Sudhanshu Pandey's exit",
    characters: ['kavya-shah'],
    actors: ['madalsa-sharma'],
    status: 'confirmed',
    outcome:
      "She first denied it to Times Now ('I am not leaving, I am still part of Anupamaa'), around 1 Sep 2024, then confirmed her exit on 16 Sep 2024 as a mutual decision with Rajan Shahi.",
    confirmedBy: {
      portrayals: ['kavya-shah--madalsa-sharma'],
      events: ['2024-09-16-left-kavya-shah'],
    },
    denial: {
      by: 'Madalsa Sharma (initial denial)',
      date: '2024-09-01',
    },
    sources: [
      'https://aajtak.in/visualstories/entertainment/after-sudhanshu-pandey-madalsa-sharma-aka-kavya-also-quit-anupamaa-rupali-ganguly-rajan-shahi-tmovk-167139-01-09-2024',
      'https://www.iwmbuzz.com/television/news/after-sudhanshu-pandeys-exit-madalsa-sharma-quits-anupamaa-says-it-was-best-for-me-to-move-on/2024/09/16',
      'https://www.freepressjournal.in/entertainment/madalsa-sharma-opens-up-on-rumours-of-rift-with-anupamaa-co-star-rupali-ganguly-upar-neeche-toh-hota-hai',
    ],
  },
  {
    id: 'rumour-2024-09-after-the-generation-leap-the-new',
    date: '2024-09',
    claim:
      "After the generation leap the new female lead will be a character called Kajal, who blames her mother for her father's death (Pinkvilla exclusive; repeated by Prabhat Khabar)",
    characters: ['aadhya-kapadia'],
    actors: [],
    status: 'denied',
    outcome:
      'Not borne out under that name: the post-leap lead was Aadhya, now called Raahi (Alisha Parveen, then Adrija Roy), who resents her mother. No explicit denial found; the outcome comes from the casting itself.',
    confirmedBy: null,
    denial: {
      by: 'No one by name: later events contradicted it',
      date: null,
    },
    sources: [
      'https://www.pinkvilla.com/tv/news/exclusive-meet-kajal-the-new-independent-feisty-and-fun-loving-lead-of-anupamaa-after-generational-leap-1350532',
      'https://prabhatkhabar.com/entertainment/anupama-aadhya-aka-aurra-bhatnagar-to-quit-show-know-why-after-leap-reports-says',
    ],
  },
  {
    id: 'rumour-2024-09-aurra-bhatnagar-aadhya-to-quit-before',
    date: '2024-09',
    claim:
      'Aurra Bhatnagar (Aadhya) to quit before the leap because she was uncomfortable with a romance track for a 14-year-old (TellyChakkar report carried by Prabhat Khabar)',
    characters: ['aadhya-kapadia'],
    actors: ['aurra-bhatnagar'],
    status: 'confirmed',
    outcome:
      'She left before the Oct 2024 leap, and the grown-up Aadhya/Raahi was played by Alisha Parveen.',
    confirmedBy: {
      portrayals: ['aadhya-kapadia--aurra-bhatnagar'],
      events: [],
    },
    denial: null,
    sources: [
      'https://prabhatkhabar.com/entertainment/anupama-aadhya-aka-aurra-bhatnagar-to-quit-show-know-why-after-leap-reports-says',
      'https://presskeeda.com/farewell-to-anupama-aura-bhatnagar-shares-her-feelings',
    ],
  },
  {
    id: 'rumour-2024-09-ronit-roy-to-enter-anupamaa-as',
    date: '2024-09',
    claim:
      "Ronit Roy to enter Anupamaa as a new 'Mr Shah' (a Vanraj-like figure) after the leap, with talk of Gaurav Khanna also returning",
    characters: ['vanraj-shah'],
    actors: [],
    status: 'denied',
    outcome: 'Ronit Roy told Filmibeat the reports were not true. Vanraj was not recast.',
    confirmedBy: null,
    denial: {
      by: 'Ronit Roy (to Filmibeat)',
      date: '2024-09',
    },
    sources: [
      'https://24ghanteonline.com/vanraj-will-enter-anupamas-life-again',
      'https://www.moviegaze.com/anupamaa-ronit-roy-finally-reacts-to-rumours-of-replacing-sudhanshu-pandey-as-vanraj-shah/',
    ],
  },
  {
    id: 'rumour-2024-09-pankit-thakker-to-replace-sudhanshu-pandey',
    date: '2024-09',
    claim: 'Pankit Thakker to replace Sudhanshu Pandey as Vanraj Shah',
    characters: ['vanraj-shah'],
    actors: ['sudhanshu-pandey'],
    status: 'denied',
    outcome:
      'Pankit Thakker said he was not doing the role. Vanraj was written out with an open ending and not recast.',
    confirmedBy: null,
    denial: {
      by: 'Pankit Thakker',
      date: '2024-09',
    },
    sources: [
      'https://www.moviegaze.com/anupamaa-ronit-roy-finally-reacts-to-rumours-of-replacing-sudhanshu-pandey-as-vanraj-shah/',
    ],
  },
  {
    id: 'rumour-2024-09-madalsa-sharma-left-anupamaa-to-join',
    date: '2024-09',
    claim: 'Madalsa Sharma left Anupamaa to join Bigg Boss 18',
    characters: [],
    actors: ['madalsa-sharma'],
    status: 'denied',
    outcome:
      'She told Pinkvilla she was not joining Bigg Boss 18. (Muskan Bamne, the former Pakhi, did take part in Bigg Boss 18.)',
    confirmedBy: null,
    denial: {
      by: 'Madalsa Sharma (to Pinkvilla)',
      date: '2024-09',
    },
    sources: [
      'https://pioneernewz.com/anupamaa-star-madalsa-sharma-aka-kavya-to-participate-in-salman-khans-reality-show',
      'https://www.pinkvilla.com/tv/news/exclusive-did-madalsa-sharma-aka-kavya-quit-anupamaa-to-participate-in-bigg-boss-18-actress-reveals-1348195',
    ],
  },
  {
    id: 'rumour-2024-08-27-rupali-ganguly-and-gaurav-khanna-to',
    date: '2024-08-27',
    claim: 'Rupali Ganguly and Gaurav Khanna to quit ahead of a generation leap',
    characters: [],
    actors: ['rupali-ganguly', 'gaurav-khanna'],
    status: 'denied',
    outcome:
      'Rajan Shahi called it completely false (to Hindustan Times). Rupali stayed, but Gaurav Khanna did leave: Anuj was absent after the Oct 2024 leap, and the actor confirmed his exit on 3 Dec 2024.',
    confirmedBy: null,
    denial: {
      by: 'Producer Rajan Shahi',
      date: '2024-08-27',
    },
    sources: [
      'https://www.ndtv.com/entertainment/will-rupali-ganguly-and-gaurav-khanna-quit-anupamaa-heres-the-truth-6427211',
    ],
  },
  {
    id: 'rumour-2024-08-shivam-khajuria-exyeh-rishta-kya-kehlata',
    date: '2024-08',
    claim:
      "Shivam Khajuria (ex-Yeh Rishta Kya Kehlata Hai) to enter after the leap as Aadhya's love interest",
    characters: ['prem-kothari'],
    actors: ['shivam-khajuria'],
    status: 'confirmed',
    outcome:
      'At first he said he had no clue (to Free Press Journal). He joined in Oct 2024 as Prem, opposite the grown-up Aadhya/Raahi.',
    confirmedBy: {
      portrayals: ['prem-kothari--shivam-khajuria'],
      events: [],
    },
    denial: null,
    sources: [
      'https://www.ndtv.com/entertainment/will-rupali-ganguly-and-gaurav-khanna-quit-anupamaa-heres-the-truth-6427211',
      'https://pkwp184.prabhatkhabar.com/entertainment/anupama-shivam-khajuria-broke-his-silence-about-his-entry-in-rupali-ganguly-show-says-rajan-shahi-sir-se-meri/amp',
    ],
  },
  {
    id: 'rumour-2024-08-anupamaa-to-take-a-1015-year',
    date: '2024-08',
    claim: 'Anupamaa to take a 10-15 year leap (GossipsTV report), with most of the cast replaced',
    characters: ['anupamaa'],
    actors: [],
    status: 'confirmed',
    outcome: 'A 15-year generation leap aired in Oct 2024, and most of the supporting cast left.',
    confirmedBy: {
      portrayals: [],
      events: ['leap-2024-15-year'],
    },
    denial: null,
    sources: [
      'https://deoghar.net/anupama-twist-titu-aka-kunwar-amarjeet-singh-reacts-on-show-taking-leap-of-10-or-15-years-says-makers-se-iss-bare-mai',
      'https://www.ndtv.com/entertainment/will-rupali-ganguly-and-gaurav-khanna-quit-anupamaa-heres-the-truth-6427211',
    ],
  },
  {
    id: 'rumour-2024-07-rupali-ganguly-to-quit-anupamaa-to',
    date: '2024-07',
    claim: 'Rupali Ganguly to quit Anupamaa to focus on politics after joining the BJP',
    characters: ['anupamaa'],
    actors: ['rupali-ganguly'],
    status: 'denied',
    outcome:
      "In a Director's Kut video segment she said she would stay as long as the show runs. She continued in the role.",
    confirmedBy: null,
    denial: {
      by: 'Rupali Ganguly',
      date: '2024-07-29',
    },
    sources: [
      'https://www.koimoi.com/television/rupali-ganguly-is-quitting-anupamaa-to-focus-on-her-political-career-heres-the-truth/',
    ],
  },
  {
    id: 'rumour-2024-04-18-vaquar-shaikh-yashdeep-to-exit-after',
    date: '2024-04-18',
    claim:
      "Vaquar Shaikh (Yashdeep) to exit after Yashdeep's restaurant Spice N Chutney shut down in the story",
    characters: ['yashdeep'],
    actors: ['vaquar-shaikh'],
    status: 'denied',
    outcome:
      'He told BollywoodLife he was not going anywhere. No exit date has been reported since.',
    confirmedBy: null,
    denial: {
      by: 'Vaquar Shaikh',
      date: '2024-04-18',
    },
    sources: [
      'https://www.filmibeat.com/amphtml/television/news/2024/anupamaa-twist-will-yashdeep-exit-rupali-ganguly-gaurav-khanna-show-vaquar-shaikh-reveals-truth-maan-392685.html',
    ],
  },
  {
    id: 'rumour-2024-02-sagar-parekh-to-return-to-anupamaa',
    date: '2024-02',
    claim:
      'Sagar Parekh to return to Anupamaa, as a mentally unstable character or as a lookalike of the dead Samar',
    characters: ['samar-shah'],
    actors: ['sagar-parekh'],
    status: 'denied',
    outcome:
      'Sagar Parekh said there was no truth in it (he would return only if offered a role with a new dimension). He did come back briefly as Samar about two years after his exit (Oct 2025, per IANS/NationPress), but not as a lookalike or new character.',
    confirmedBy: null,
    denial: {
      by: 'Sagar Parekh (to Pinkvilla)',
      date: '2024-02-27',
    },
    sources: [
      'https://www.pinkvilla.com/tv/news/exclusive-sagar-parekh-on-returning-to-anupamaa-wouldnt-mind-if-the-character-has-new-dimension-1279914',
      'https://www.bollywoodlife.com/tv/anupamaa-is-sagar-parekh-returning-as-samar-in-the-rupali-ganguly-show-the-actor-spills-the-beans-entertainment-news-2817198/',
      'https://zoomtventertainment.com/hindi/tv-news/anupama-sagar-parekh-to-return-in-rupali-ganguly-show-tv-news-article-108032826',
      'https://www.nationpress.com/entertainment/sagar-parekhs-nostalgic-return-to-anupamaa',
    ],
  },
  {
    id: 'rumour-2024-02-gaurav-khanna-to-quit-anupamaa-anuj',
    date: '2024-02',
    claim:
      "Gaurav Khanna to quit Anupamaa / Anuj to be killed off (Sreemoyee-style), fuelled by Yashdeep's entry and talk of friction with Rupali Ganguly",
    characters: ['anuj-kapadia'],
    actors: ['gaurav-khanna'],
    status: 'denied',
    outcome:
      'Denied at the time by Vaquar Shaikh (as to the death track), by Gaurav Khanna (21 Apr 2024) and by producer Rajan Shahi (24-25 Apr 2024). Anuj stayed until the Oct 2024 leap; the actor confirmed a separate exit on 3 Dec 2024.',
    confirmedBy: null,
    denial: {
      by: 'Gaurav Khanna; producer Rajan Shahi',
      date: '2024-04-21',
    },
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-is-gaurav-khanna-aka-anuj-kapadia-quitting-the-show-heres-what-we-know-entertainment-news-tv-news-2816232/',
      'https://www.filmibeat.com/amphtml/television/news/2024/anupamaa-star-vaquar-shaikh-reacts-to-anuj-death-rumours-gaurav-khanna-exit-rupali-ganguly-maan-392517.html',
      'https://www.lokmattimes.com/entertainment/anupamaa-actor-gaurav-khanna-aka-anuj-kapadia-rejects-rumors-of-him-quitting-the-show-a510/',
      'https://www.pinkvilla.com/tv/news/anupamaa-fame-rajan-shahi-opens-up-on-rumors-about-gaurav-khanna-exiting-show-says-people-have-to-understand-1298988',
      'https://www.bollywoodhungama.com/news/bollywood/rajan-shahi-dispels-rumours-gaurav-khanna-exiting-anupamaa/',
    ],
  },
  {
    id: 'rumour-2023-11-choti-anu-to-die-causing-anuj',
    date: '2023-11',
    claim: "Choti Anu to die, causing Anuj and Anupamaa's separation",
    characters: ['aadhya-kapadia'],
    actors: [],
    status: 'denied',
    outcome:
      'Rajan Shahi said nobody was dying. The leap instead aged the character up (Aurra Bhatnagar as Aadhya).',
    confirmedBy: null,
    denial: {
      by: 'Producer Rajan Shahi',
      date: '2023-11-18',
    },
    sources: [
      'https://www.iwmbuzz.com/television/news/nobody-is-dying-in-anupamaa-clarifies-producer-rajan-shahi-on-reports-about-choti-anus-death/2023/11/18',
      'https://zoomtventertainment.com/hindi/tv-news/anupama-latest-twist-will-chhoti-anu-die-in-the-show-tv-news-article-105404011',
    ],
  },
  {
    id: 'rumour-2023-09-19-sagar-parekh-quitting-anupamaa-prompting-a',
    date: '2023-09-19',
    claim: 'Sagar Parekh quitting Anupamaa, prompting a promo in which Samar is declared dead',
    characters: ['samar-shah'],
    actors: ['sagar-parekh'],
    status: 'confirmed',
    outcome:
      "Samar's death aired around 4 Oct 2023 and Sagar Parekh's stint ended. Reports frame it as a creative decision rather than a resignation; he had dismissed earlier exit talk in July 2023.",
    confirmedBy: {
      portrayals: ['samar-shah--sagar-parekh'],
      events: ['2023-10-04-died-in-story-samar-shah'],
    },
    denial: null,
    sources: [
      'https://www.freepressjournal.in/entertainment/anupamaa-update-sagar-parekhs-character-samar-to-die-in-rupali-gangulys-show-new-video-goes-viral',
    ],
  },
  {
    id: 'rumour-2023-09-10-muskan-bamne-pakhi-has-quit-is',
    date: '2023-09-10',
    claim: 'Muskan Bamne (Pakhi) has quit / is about to quit Anupamaa',
    characters: ['pakhi-shah'],
    actors: ['muskan-bamne'],
    status: 'confirmed',
    outcome:
      'Her exit was confirmed on 23 Dec 2023, after the late-2023 leap; she did not want to play a mother. Chandni Bhagwanani took over as Pakhi.',
    confirmedBy: {
      portrayals: ['pakhi-shah--muskan-bamne'],
      events: ['2023-12-23-replaced-pakhi-shah'],
    },
    denial: null,
    sources: [
      'https://attentionindia.com/entertainment/anupamaa-exodus-tv-celebs-who-bid-farewell-and-why/',
      'https://attentionindia.com/entertainment/television/new-girl-in-anupamaa-will-the-imlie-actress-take-over-as-pakhi-in-rupali-gangulys-show/',
    ],
  },
  {
    id: 'rumour-2023-06-chhavi-pandey-maya-to-exit-as',
    date: '2023-06',
    claim:
      "Chhavi Pandey (Maya) to exit as Maya's track ends (GossipsTV post reported by BollywoodLife)",
    characters: ['maya'],
    actors: ['chhavi-pandey'],
    status: 'confirmed',
    outcome: 'Maya was killed off in a truck accident in an episode of about 5-6 July 2023.',
    confirmedBy: {
      portrayals: ['maya--chhavi-pandey'],
      events: ['2023-07-06-died-in-story-maya'],
    },
    denial: null,
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-chhavi-pandey-aka-maya-to-exit-rupali-ganguly-gaurav-khannas-show-heres-what-we-know-entertainment-news-2486189/',
    ],
  },
  {
    id: 'rumour-2023-05-madalsa-sharma-quitting-anupamaa-as-kavya',
    date: '2023-05',
    claim: 'Madalsa Sharma quitting Anupamaa, as Kavya walks out of the Shah house in the story',
    characters: ['kavya-shah'],
    actors: ['madalsa-sharma'],
    status: 'denied',
    outcome:
      'She said it was only a story twist and that she remained part of the show. She stayed until Sep 2024.',
    confirmedBy: null,
    denial: {
      by: 'Madalsa Sharma',
      date: '2023-05-13',
    },
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/what-madalsa-sharma-breaks-her-silence-quitting-the-show-anupamaa-230513',
    ],
  },
  {
    id: 'rumour-2023-04-asmi-deos-choti-anu-track-ending',
    date: '2023-04',
    claim: "Asmi Deo's Choti Anu track ending with a 5-6 year leap",
    characters: ['aadhya-kapadia'],
    actors: ['asmi-deo'],
    status: 'denied',
    outcome:
      'Asmi Deo and her father Abhinay Deo said the makers had told them it was untrue and that she would stay a few more months. She did: her last shooting day came in Nov 2023, ahead of the Dec 2023 leap, when Aurra Bhatnagar took over.',
    confirmedBy: null,
    denial: {
      by: 'Asmi Deo and her father Abhinay Deo',
      date: '2023-04-19',
    },
    sources: [
      'https://iamgujarat.com/entertainment/tv/asmi-deo-aka-choti-anus-track-will-not-end-in-anupamaa-his-father-clarifies/amp_articleshow/99610098.cms',
      'https://www.urdu24.com/%D8%A7%D8%B3%D9%85%DB%8C-%D8%AF%DB%8C%D9%88-%DA%A9%DB%92-%D9%88%D8%A7%D9%84%D8%AF%D8%8C-%D8%A7%D9%86%D9%88%D9%BE%D9%85%D8%A7-%D9%81%DB%8C%D9%85%D8%8C-%D9%86%DB%92-%D8%B4%D9%88-%D9%85%DB%8C%DA%BA/',
    ],
  },
  {
    id: 'rumour-2023-02-tassnim-sheikh-rakhi-dave-quitting-anupamaa',
    date: '2023-02',
    claim: 'Tassnim Sheikh (Rakhi Dave) quitting Anupamaa after months off screen',
    characters: ['rakhi-dave'],
    actors: ['tassnim-sheikh'],
    status: 'denied',
    outcome:
      "She said she was not quitting but, with the makers' agreement, would also take other work because Rakhi had little to do.",
    confirmedBy: null,
    denial: {
      by: 'Tassnim Sheikh (to ETimes)',
      date: '2023-02',
    },
    sources: [
      'https://www.pinkvilla.com/tv/news/is-tassnim-sheikh-quitting-rupali-ganguly-starrer-anupamaa-heres-what-we-know-1209901',
      'https://editorji.com/amp/hindi/entertainment-news/tv/the-actress-of-anupma-serial-broke-silence-on-the-news-of-leaving-the-show-know-what-tassnim-sheikh-said-1676889150359',
      'https://abplive.com/web-stories/tassnim-sheikh-left-show-anupama-and-ready-for-new-projects-ent-2447691',
      'http://bombaysamachar.com/this-star-will-leave-show-anupama/',
    ],
  },
  {
    id: 'rumour-2022-07-22-paras-kalnawat-may-leave-anupamaa-for',
    date: '2022-07-22',
    claim:
      'Paras Kalnawat may leave Anupamaa for Jhalak Dikhhla Jaa 10 after his name appeared in its contestant list',
    characters: ['samar-shah'],
    actors: ['paras-kalnawat'],
    status: 'confirmed',
    outcome:
      'The makers terminated his contract on 26 Jul 2022 over the rival-channel show; Sagar Parekh took over as Samar.',
    confirmedBy: {
      portrayals: ['samar-shah--paras-kalnawat'],
      events: ['2022-07-26-terminated-samar-shah'],
    },
    denial: null,
    sources: [
      'https://indiatv.in/entertainment/tv/anupamaa-after-aneri-vajani-anagha-bhosale-paras-kalnawat-can-leave-the-show-too-2022-07-22-867359',
      'https://sanmarg.in/entertainment/anupama-now-the-show-is-about-to-leave-the-samar/',
    ],
  },
  {
    id: 'rumour-2022-05-mohsin-khan-yeh-rishta-kya-kehlata',
    date: '2022-05',
    claim:
      "Mohsin Khan (Yeh Rishta Kya Kehlata Hai) to enter Anupamaa opposite Aneri Vajani's Malvika, after photos of the two went viral; Aneri Vajani also said to be quitting",
    characters: ['malvika-kapadia'],
    actors: ['aneri-vajani'],
    status: 'open',
    outcome:
      "Aneri Vajani did leave after Anuj and Anupamaa's wedding (May 2022), but no report found shows Mohsin Khan joining the show.",
    confirmedBy: null,
    denial: null,
    sources: [
      'https://punjabkesari.sortd.pro/bollywood-kesari/mohsin-khan-s-will-be-enter-in-anupama-the-questions-raised-by-the-viral-romantic-pictures-of-the-actor-with-aneri-vajani',
      'https://newscontinuous.com/entertainment/Mohsin-Khan-to-enter-in-Rupali-Ganguly-show-Anupama-18495',
      'https://kinemastersapk.com/%E0%A4%85%E0%A4%A8%E0%A5%81%E0%A4%AA%E0%A4%AE%E0%A4%BE-%E0%A4%B8%E0%A5%87-%E0%A4%AC%E0%A4%BE%E0%A4%B9%E0%A4%B0-%E0%A4%B9%E0%A5%81%E0%A4%88%E0%A4%82-%E0%A4%85%E0%A4%A8%E0%A5%87%E0%A4%B0%E0%A5%80/',
    ],
  },
  {
    id: 'rumour-2022-04-alma-hussein-to-enter-as-priya',
    date: '2022-04',
    claim:
      "Alma Hussein to enter as Priya, an NRI girl and Samar's new love interest (TellyChakkar report carried by News18)",
    characters: ['samar-shah'],
    actors: ['alma-hussein'],
    status: 'confirmed',
    outcome:
      "She did join as Samar's love interest, but as Sara Kapadia, a member of the Kapadia family, not an NRI called Priya. The romance was dropped after Paras Kalnawat's exit, and she left around 3 Sep 2022.",
    confirmedBy: {
      portrayals: ['sara-kapadia--alma-hussein'],
      events: [],
    },
    denial: null,
    sources: [
      'https://www.news18.com/news/movies/anupamaa-new-entry-alma-hussein-to-enter-rupali-gangulys-show-as-samars-new-love-interest-5158717.html',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-adhik-mehta-enter-pakhis-boyfriend-anupamaa-new-track-unfold-the-show-220528',
    ],
  },
  {
    id: 'rumour-2022-01-madalsa-sharma-off-the-show-because',
    date: '2022-01',
    claim:
      'Madalsa Sharma off the show because she tested positive for COVID-19 (Kavya absent after New Year)',
    characters: ['kavya-shah'],
    actors: ['madalsa-sharma'],
    status: 'denied',
    outcome:
      "She called it wrong news: Kavya had left the Shah house in the story and would return with a twist. The date is inferred from 'after New Year celebrations' in a Jansatta piece with no printed date.",
    confirmedBy: null,
    denial: {
      by: 'Madalsa Sharma',
      date: null,
    },
    sources: [
      'https://www.jansatta.com/entertainment/anupamaa-madalsa-sharma-aka-kavya-will-return-with-big-twist-in-show-reveals-in-recent-interview/1999082',
    ],
  },
  {
    id: 'rumour-2022-nidhi-shah-kinjal-to-leave-anupamaa',
    date: '2022',
    claim:
      "Nidhi Shah (Kinjal) to leave Anupamaa, with Kinjal's death scene to be filmed (after the exits of Paras Kalnawat and Anagha Bhosale)",
    characters: ['kinjal-shah'],
    actors: ['nidhi-shah'],
    status: 'denied',
    outcome:
      'Not borne out: Kinjal did not die and Nidhi Shah stayed until Oct 2024. The wiki already records that talk of her exit in June 2022 was denied.',
    confirmedBy: null,
    denial: {
      by: 'No one by name: later events contradicted it',
      date: null,
    },
    sources: [
      'https://hindi.news18.com/news/entertainment/tv-after-paras-kalnawat-and-anagha-bhosale-kinjal-aka-nidhi-sharma-is-leaving-anupamaa-ps-4512401.html',
    ],
  },
  {
    id: 'rumour-2021-06-anupamaa-cast-split-into-two-camps',
    date: '2021-06',
    claim:
      "Anupamaa cast split into two camps (Rupali Ganguly's and Sudhanshu Pandey's), with a cold war on set",
    characters: [],
    actors: ['rupali-ganguly', 'sudhanshu-pandey'],
    status: 'denied',
    outcome:
      'Sudhanshu Pandey said there was no truth in it. Rift claims resurfaced when several actors left in 2024.',
    confirmedBy: null,
    denial: {
      by: 'Sudhanshu Pandey',
      date: '2021-06-28',
    },
    sources: [
      'https://www.news18.com/news/movies/surprise-on-anupamaa-sets-mithun-chakraborty-visits-daughter-in-law-madalsa-sharma-3899612.html',
    ],
  },
  {
    id: 'rumour-2021-06-apurva-agnihotri-dr-advait-khanna-to',
    date: '2021-06',
    claim:
      'Apurva Agnihotri (Dr. Advait Khanna) to return after his short stint, with fans demanding it and the actor hinting at an open-ended exit',
    characters: ['advait-khanna'],
    actors: ['apurva-agnihotri'],
    status: 'open',
    outcome: 'No return was found in any stored report up to March 2026.',
    confirmedBy: null,
    denial: null,
    sources: [
      'https://newscrater.com/anupamaa-actor-apurva-agnihotri-hints-at-making-comeback-on-show-says-upar-wala-hi-jane',
      'https://www.pinkvilla.com/tv/news-gossip/apurva-agnihotri-why-his-stint-anupamaa-ended-month-i-had-been-told-was-finite-track-775195',
      'https://odishatv.in/news/entertainment/anupamaa-update-dr-advait-aka-apurva-agnihotri-to-return-49221',
    ],
  },
  {
    id: 'rumour-2021-03-ram-kapoor-to-enter-anupamaa-as',
    date: '2021-03',
    claim:
      "Ram Kapoor to enter Anupamaa as Anupamaa's new love interest after her divorce from Vanraj (BollywoodLife report carried by Jansatta)",
    characters: ['anupamaa'],
    actors: [],
    status: 'denied',
    outcome:
      'Ram Kapoor rubbished the reports, saying he had not been approached. The love-interest role later went to Gaurav Khanna as Anuj Kapadia (first seen around 2 Sep 2021).',
    confirmedBy: null,
    denial: {
      by: 'Ram Kapoor (said he had not even been approached)',
      date: '2021-04-02',
    },
    sources: [
      'https://www.jansatta.com/entertainment/anupama-preview-episode-24-march-2021-ram-kapoors-entry-in-rupali-gangulys-show-is-anupamas-life-going-to-change-after-divorces-with-vanraj-big-twist-coming-up/1670653',
      'https://www.republicworld.com/entertainment-news/television-news/anupamaa-actor-rupali-ganguly-teases-gaurav-khannas-entry-says-woh-aa-raha-hai.html',
      'https://www.filmibeat.com/television/news/2021/anupamaa-s-rupali-ganguly-tests-positive-for-covid-19-ashish-mehrotra-is-in-home-quarantine-report-312015.html',
    ],
  },
  {
    id: 'rumour-2021-makers-weighing-a-bigname-male-actor',
    date: '2021',
    claim:
      'Makers weighing a big-name male actor for a new role (Pinkvilla list including Sharad Kelkar, Ram Kapoor, Rohit Roy, Varun Badola, Rajeev Khandelwal)',
    characters: ['anuj-kapadia'],
    actors: [],
    status: 'confirmed',
    outcome:
      'A new male lead did come in, but it was Gaurav Khanna as Anuj Kapadia, who was not on the reported shortlist.',
    confirmedBy: {
      portrayals: ['anuj-kapadia--gaurav-khanna'],
      events: ['2021-09-02-joined-anuj-kapadia'],
    },
    denial: null,
    sources: [
      'https://www.bollywoodlife.com/hi/tv/anupamaa-new-character-is-set-to-enter-in-rupali-ganguly-and-sudhanshu-pandey-starrer-show-1868174/',
      'https://www.republicworld.com/entertainment-news/television-news/anupamaa-actor-rupali-ganguly-teases-gaurav-khannas-entry-says-woh-aa-raha-hai.html',
    ],
  },
];
