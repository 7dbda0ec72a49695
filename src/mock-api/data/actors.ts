import type { ActorRecord } from '../records';

export const actors: ActorRecord[] = [
  {
    id: 'rupali-ganguly',
    name: 'Rupali Ganguly',
    alsoKnownAs: [],
    note: 'Anupamaa marked her comeback to acting after a break of about seven years.',
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Sarabhai vs Sarabhai',
        detail: 'as Monisha',
      },
      {
        title: 'Sanjivani',
        detail: 'as Dr Simran Chopra',
      },
      {
        title: 'Parvarrish',
        detail: null,
      },
      {
        title: 'Baa Bahoo Aur Baby',
        detail: null,
      },
      {
        title: 'Angaara',
        detail: '1996 film',
      },
    ],
    sources: [
      'https://www.news18.com/news/movies/anupamaas-rupali-ganguly-says-husband-took-break-from-work-to-support-her-acting-comeback-3927083.html',
      'https://www.tellychakkar.com/tv/tv-news/rupali-ganguly-starrer-anupamaa-has-yeh-rishta-kya-kehlata-hai-connection-read-know',
      'https://www.indiatvnews.com/entertainment/tv/rupali-ganguly-reveals-was-on-maternity-break-when-anupamaa-was-offered-gaurav-khanna-anuj-vanraj-2023-05-10-869795',
      'https://www.indiawest.com/entertainment/television/star-s-iconic-show-sreemoyee-to-be-remade-as-anupamaa/article_40d06a14-598a-11ea-b0f7-7747ef543200.html',
    ],
  },
  {
    id: 'sudhanshu-pandey',
    name: 'Sudhanshu Pandey',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'A Band of Boys',
        detail: 'pop band, left in 2005',
      },
      {
        title: 'Singh Is Kinng',
        detail: null,
      },
      {
        title: '2.0',
        detail: null,
      },
      {
        title: 'Billa II',
        detail: null,
      },
      {
        title: 'Kanyadaan',
        detail: null,
      },
      {
        title: 'Ye Meri Life Hai',
        detail: null,
      },
    ],
    sources: [
      'https://www.news18.com/amp/news/movies/anupamaa-actor-sudhanshu-pandey-says-he-moved-on-from-band-of-boys-because-of-financial-responsibilities-7103395.html',
      'https://www.pinkvilla.com/tv/news-gossip/anupamaas-sudhanshu-pandey-reacts-being-household-name-even-my-hollywood-film-didnt-give-such-fame-1136955',
      'https://www.tellychakkar.com/tv/tv-news/sudhanshu-pandey-shows-his-singing-talent-first-time-reality-show-221002',
      'https://www.pinkvilla.com/tv/news/anupamaas-sudhanshu-pandey-breaks-silence-on-reported-fallout-between-him-and-rajan-shahi-once-you-decide-to-move-on-1344404',
    ],
  },
  {
    id: 'madalsa-sharma',
    name: 'Madalsa Sharma',
    alsoKnownAs: ['Madalsa Sharma Chakraborty'],
    note: "She is married to Mimoh Chakraborty, Mithun Chakraborty's son.",
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'South Indian films',
        detail: 'her television debut was Anupamaa',
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/exclusive-anupamaa-s-madalsa-sharma-opens-about-kavya-s-journey-says-kavya-has-decided',
      'https://www.freepressjournal.in/entertainment/madalsa-sharma-aka-kavya-quits-anupamaa-after-4-years-following-sudhanshu-pandeys-exit-no-spice-left',
    ],
  },
  {
    id: 'alpana-buch',
    name: 'Alpana Buch',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Saraswatichandra',
        detail: null,
      },
      {
        title: 'Baal Veer',
        detail: null,
      },
      {
        title: 'Papad Pol',
        detail: null,
      },
      {
        title: 'Kkusum',
        detail: null,
      },
      {
        title: 'Gujarati films and theatre',
        detail: null,
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/exclusive-alpana-buch-talks-about-her-character-leela-the-show-anupamaa-and-the-show',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-anupama-vs-maya-alpana-buch-aka-leela-the-show-anupamaa-sides-character-more',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-we-were-part-of-kkusum-2-together-leela-aka-alpana-buch-opens-working-savita',
    ],
  },
  {
    id: 'arvind-vaidya',
    name: 'Arvind Vaidya',
    alsoKnownAs: [],
    note: 'He was 82 in July 2023, and a March 2026 report gave his age as 84.',
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Gujarati productions',
        detail: 'veteran actor',
      },
    ],
    sources: [
      'https://www.hindustantimes.com/entertainment/tv/anupamaa-bapuji-arvind-vaidya-missing-from-tv-show-101688355326557.html',
      'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
    ],
  },
  {
    id: 'aashish-mehrotra',
    name: 'Aashish Mehrotra',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Khatron Ke Khiladi 14',
        detail: 'reality show',
      },
    ],
    sources: [
      'https://www.republicworld.com/entertainment/television/anupamaa-actor-aashish-mehrotra-aka-toshu-quits-rupali-ganguly-starrer-show-after-4-years/?amp=1',
      'https://www.freepressjournal.in/ampstories/photo-gallery/sudhanshu-pandey-to-madalsa-sharma-actors-who-quit-rupali-gangulys-show-anupamaa',
    ],
  },
  {
    id: 'gaurav-sharma',
    name: 'Gaurav Sharma',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Yeh Rishta Kya Kehlata Hai',
        detail: 'as Yuvraaj',
      },
      {
        title: 'Diya Aur Baati Hum',
        detail: null,
      },
      {
        title: 'Qayamat Se Qayamat Tak',
        detail: null,
      },
    ],
    sources: [
      'https://www.outlookindia.com/art-entertainment/television/gaurav-sharma-opens-up-about-playing-toshu-in-anupamaa-calls-the-opportunity-a-blessing',
      'https://www.freepressjournal.in/entertainment/will-end-up-being-stuck-in-that-age-bracket-gaurav-sharma-on-quitting-anupamaa-not-playing-father-of-21-year-old-onscreen',
    ],
  },
  {
    id: 'manish-naggdev',
    name: 'Manish Naggdev',
    alsoKnownAs: ['Manish Nagdev'],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://www.lokmattimes.com/entertainment/rupali-gangulys-onscreen-son-manish-nagdev-spends-a-lot-of-time-understanding-toshus-arc/',
      'https://www.timesnowhindi.com/videos/entertainment-videos/anupamaa-manish-naggdev-reacts-on-rumours-of-quitting-show-video-151687032',
    ],
  },
  {
    id: 'paras-kalnawat',
    name: 'Paras Kalnawat',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Meri Durga',
        detail: 'as Sanjay/Prince',
      },
      {
        title: 'Ishq Aaj Kal',
        detail: 'as Faraz Sheikh',
      },
      {
        title: 'Jhalak Dikhhla Jaa 10',
        detail: 'contestant',
      },
      {
        title: 'Kundali Bhagya',
        detail: 'as Rajveer Luthra, 2023-2024',
      },
    ],
    sources: [
      'https://www.iwmbuzz.com/television/celebrities/paras-kalnawat-confesses-about-his-love-read/2023/06/11',
      'https://www.tellychakkar.com/tv/tv-news/shocking-paras-kalnawat-says-80-of-the-cast-of-anupama-would-leave-if-they-got-the-chance',
      'https://www.outlookindia.com/art-entertainment/television/paras-kalnawat-on-rumours-of-quitting-kundali-bhagya-rajveer-is-here-to-stay-in-your-hearts',
      'https://www.pinkvilla.com/tv/news/after-shraddha-arya-paras-kalnawat-announces-his-exit-from-kundali-bhagya-hints-at-something-exciting-ahead-1359056',
      'https://news-24.fr/jhalak-dikhhla-jaa-10-paras-kalnawat-parle-du-drame-autour-de-sa-sortie-danupamaa-et-de-ses-ambitions-futures-exclusive/',
    ],
  },
  {
    id: 'sagar-parekh',
    name: 'Sagar Parekh',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Tera Yaar Hoon Main',
        detail: null,
      },
      {
        title: 'Balika Vadhu 2',
        detail: null,
      },
      {
        title: 'Rajaa Betaa',
        detail: null,
      },
      {
        title: 'Internet Wala Love',
        detail: null,
      },
      {
        title: 'Kaisi Yeh Yaariyan',
        detail: null,
      },
      {
        title: 'Jhalak Dikhhla Jaa 11',
        detail: 'wildcard contestant',
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/exclusive-sagar-parekh-opens-about-some-interesting-events-of-his-life-says-if-i-got',
      'https://www.dnaindia.com/television/report-anupamaa-sagar-parekh-opens-up-on-replacing-his-friend-paras-kalnawat-as-samar-shah-2972946',
      'https://www.bollywoodlife.com/tv/jhalak-dikhhla-jaa-11-anupamaa-star-sagar-parekh-all-set-to-enter-as-wild-card-contestant-says-there-is-tremendous-pressure-entertainment-news-tv-news-2746866/',
      'https://www.pinkvilla.com/tv/news/jhalak-dikhhla-jaa-11s-sagar-parekh-pens-a-gratitude-note-post-elimination-dreams-do-come-true-1279866',
    ],
  },
  {
    id: 'muskan-bamne',
    name: 'Muskan Bamne',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Haseena Parkar',
        detail: 'film',
      },
      {
        title: 'Bakula Bua Ka Bhoot',
        detail: null,
      },
      {
        title: 'Super Sisters',
        detail: null,
      },
      {
        title: 'Gumrah',
        detail: null,
      },
      {
        title: 'Bigg Boss 18',
        detail: 'contestant',
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/breaking-muskan-bamne-aka-pakhi-of-anupamaa-confirms-quitting-the-show-says-i-couldn-t',
      'https://www.ndtv.com/entertainment/muskan-bamne-on-why-rupali-ganguly-is-blamed-for-actors-exit-from-show-she-was-always-very-6743962',
    ],
  },
  {
    id: 'chandni-bhagwanani',
    name: 'Chandni Bhagwanani',
    alsoKnownAs: ['Chandhini Bhagwanani'],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Imlie',
        detail: 'as Pallavi',
      },
      {
        title: 'Sanjivani',
        detail: null,
      },
      {
        title: 'Roop',
        detail: null,
      },
      {
        title: 'Main Amita Ka Amit',
        detail: null,
      },
      {
        title: 'Jhalli Anjali',
        detail: null,
      },
      {
        title: 'Tum Hi Bandhu',
        detail: null,
      },
    ],
    sources: [
      'https://attentionindia.com/entertainment/television/new-girl-in-anupamaa-will-the-imlie-actress-take-over-as-pakhi-in-rupali-gangulys-show/',
      'https://www.bollywoodlife.com/tv/anupamaa-exclusive-chandni-bhagwanani-reveals-why-she-was-hesitant-about-replacing-muskan-bamne-as-pakhi-entertainment-news-tv-news-2758114/',
      'https://www.editorji.com/amp/hindi/entertainment-news/tv/new-faces-will-be-shown-in-anupamaa-now-chandni-bhagwanani-will-play-the-role-of-pakhi-1703753084382',
    ],
  },
  {
    id: 'nidhi-shah',
    name: 'Nidhi Shah',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Tu Aashiqui',
        detail: null,
      },
    ],
    sources: [
      'https://www.pinkvilla.com/tv/news/exclusive-anupamaa-nidhi-shah-aka-kinjal-shares-her-first-reaction-on-sudhanshu-pandey-aka-vanrajs-exit-from-show-i-felt-it-was-1344056',
    ],
  },
  {
    id: 'tassnim-sheikh',
    name: 'Tassnim Sheikh',
    alsoKnownAs: ['Tassnim Nerurkar'],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://www.pinkvilla.com/tv/news/is-tassnim-sheikh-quitting-rupali-ganguly-starrer-anupamaa-heres-what-we-know-1209901',
      'https://bollywoodtales.com/anupamaa-fame-tassnim-nerurkar-aka-rakhi-dave-talks-about-her-absence-from-the-show/',
    ],
  },
  {
    id: 'ekta-saraiya',
    name: 'Ekta Saraiya',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Kyunki Saas Maa Bahu Beti Hoti Hai',
        detail: 'Zee TV',
      },
    ],
    sources: [
      'https://www.freepressjournal.in/entertainment/anupamaa-dolly-aka-ekta-saraiya-quits-the-show-after-3-years-know-why',
    ],
  },
  {
    id: 'paresh-bhatt',
    name: 'Paresh Bhatt',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: 'low',
    otherWork: [],
    sources: [
      'https://www.hindirush.com/photo-gallery/till-now-these-stars-have-said-goodbye-to-the-tv-show-anupama-used-to-play-these-characters-235214/',
    ],
  },
  {
    id: 'shekhar-shukla',
    name: 'Shekhar Shukla',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'FIR',
        detail: 'some 650 different roles',
      },
    ],
    sources: [
      'https://khaskhabarrajkot.com/in-the-hindi-serial-fir-shekhar-shukla-played-as-many-as-650-different-characters',
    ],
  },
  {
    id: 'madhavi-gogate',
    name: 'Madhavi Gogate',
    alsoKnownAs: [],
    note: null,
    died: {
      date: '2021-11-21',
      detail: 'Complications of COVID-19, aged 58',
    },
    confidence: null,
    otherWork: [
      {
        title: 'Ghanchakkar',
        detail: 'Marathi film',
      },
      {
        title: 'Koi Apna Sa',
        detail: null,
      },
      {
        title: 'Kahiin Toh Hoga',
        detail: null,
      },
      {
        title: 'Sindoor Ki Keemat',
        detail: null,
      },
      {
        title: 'Tuza Maza Jamtay',
        detail: null,
      },
    ],
    sources: [
      'https://www.ndtv.com/entertainment/anupamaa-actress-madhavi-gogate-dies-rupali-ganguly-and-others-pay-tributes-2620026',
      'https://zeenews.india.com/television/anupamaa-actress-madhavi-gogate-dies-at-58-rupali-ganguly-mourns-the-loss-2412518.html',
      'https://www.outlookindia.com/website/story/entertainment-news-madhavi-gogate-starrer-of-the-film-anupamaa-passes-away-aged-58/401974',
    ],
  },
  {
    id: 'savita-prabhune',
    name: 'Savita Prabhune',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Kkusum',
        detail: null,
      },
    ],
    sources: [
      'https://zeenews.india.com/television/anupamaa-actress-madhavi-gogate-dies-at-58-rupali-ganguly-mourns-the-loss-2412518.html',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-we-were-part-of-kkusum-2-together-leela-aka-alpana-buch-opens-working-savita',
    ],
  },
  {
    id: 'mehul-nisar',
    name: 'Mehul Nisar',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://culturecrossroads.ca/posts/mehul-nisar-rajan-shahis-anupamaa-is-like-home-to-me/',
      'https://www.ndtv.com/entertainment/anupamaa-actress-madhavi-gogate-dies-rupali-ganguly-and-others-pay-tributes-2620026',
    ],
  },
  {
    id: 'anagha-bhosale',
    name: 'Anagha Bhosale',
    alsoKnownAs: [],
    note: 'She left acting in 2022, saying her reasons were spiritual.',
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Dadi Amma Dadi Amma Maan Jaao',
        detail: 'her debut, 2020',
      },
    ],
    sources: [
      'https://www.pinkvilla.com/tv/news-gossip/watch-anupamaa-actress-anagha-bhosale-sings-song-lord-krishna-says-my-destiny-can-change-good-1167233',
      'https://www.filmibeat.com/television/news/2022/anupamaa-fame-anagha-bhosale-quits-film-and-television-industry-due-to-her-religious-belief-331912.html',
    ],
  },
  {
    id: 'rushad-rana',
    name: 'Rushad Rana',
    alsoKnownAs: [],
    note: 'His wife, Ketaki, is the creative director of Anupamaa.',
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-rushad-rana-aka-anirudh-gandhi-talks-about-his-return-reacts-to-claims-that-he-came-back-because-wife-is-associated-with-the-show-entertainment-news-2450814/',
      'https://filmykhabri.in/?p=60',
    ],
  },
  {
    id: 'apurva-agnihotri',
    name: 'Apurva Agnihotri',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Pardes',
        detail: 'film',
      },
      {
        title: 'Jassi Jaissi Koi Nahin',
        detail: null,
      },
      {
        title: 'Sapna Babul Ka... Bidaai',
        detail: null,
      },
    ],
    sources: [
      'https://www.newsbytesapp.com/news/entertainment/apurva-agnihotri-quits-anupamaa-shares-an-emotional-post/story',
    ],
  },
  {
    id: 'jaswir-kaur',
    name: 'Jaswir Kaur',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://www.spotboye.com/television/television-news/anupamaa-jaswir-kaur-talks-about-being-like-her-onscreen-character-devika-in-real-life-too/614b430fe002610f01678ccc',
      'https://bollywoodtales.com/uncertainty-looms-for-jaswir-kaurs-character-in-anupamaa-after-co-stars-tragic-demise/',
    ],
  },
  {
    id: 'gaurav-khanna',
    name: 'Gaurav Khanna',
    alsoKnownAs: [],
    note: 'His wife is the actor Akansha Chamola.',
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Bhabhi',
        detail: null,
      },
      {
        title: 'Kumkum - Ek Pyara Sa Bandhan',
        detail: null,
      },
      {
        title: 'Meri Doli Tere Angana',
        detail: null,
      },
      {
        title: 'Yeh Pyar Na Hoga Kam',
        detail: 'as Abeer',
      },
      {
        title: 'Jeevan Saathi',
        detail: null,
      },
      {
        title: 'CID',
        detail: 'as Inspector Kavin',
      },
      {
        title: 'Chandragupta Maurya',
        detail: null,
      },
      {
        title: 'Laal Ishq',
        detail: null,
      },
      {
        title: 'Chandra Nandini',
        detail: null,
      },
      {
        title: 'Celebrity MasterChef',
        detail: '2025',
      },
    ],
    sources: [
      'https://indianexpress.com/article/entertainment/television/gaurav-khanna-to-enter-as-anupamaa-school-friend-heres-everything-you-need-to-know-about-the-actor-7482248/',
      'https://www.pinkvilla.com/tv/news-gossip/anupamaa-gaurav-khanna-shares-bts-pics-rupali-ganguly-they-get-decked-traditional-wear-884942',
      'https://www.dnaindia.com/television/report-was-not-comfortable-muskan-bamne-aka-pakhi-breaks-silence-on-quitting-anupamaa-after-3-years-3072657',
      'https://www.pinkvilla.com/tv/news/did-gaurav-khanna-quit-anupamaa-due-to-alleged-tiff-with-rupali-ganguly-exclusive-video-1383384',
      'https://www.mid-day.com/entertainment/television-news/article/gaurav-khanna-quits-anupamaa-reacts-to-rumours-of-rift-with-rupali-ganguly-23439744',
    ],
  },
  {
    id: 'deepak-gheewala',
    name: 'Deepak Gheewala',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Yeh Rishtey Hain Pyaar Ke',
        detail: null,
      },
      {
        title: 'Gujarati plays',
        detail: null,
      },
    ],
    sources: [
      'https://www.indiatoday.in/television/soaps/story/veteran-gujarati-actor-deepak-gheewala-joins-the-cast-of-anupamaa-1851111-2021-09-09',
    ],
  },
  {
    id: 'aneri-vajani',
    name: 'Aneri Vajani',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Pavitra Bhagya',
        detail: null,
      },
      {
        title: 'Khatron Ke Khiladi 12',
        detail: null,
      },
    ],
    sources: [
      'https://icraze.in/entertainment/aneri-vajani-collaborating-wit-rajan-shahi',
      'https://www.news18.com/amp/entertainment/8-actors-who-left-popular-tv-serial-anupamaa-7519489.html',
    ],
  },
  {
    id: 'ashlesha-sawant',
    name: 'Ashlesha Sawant',
    alsoKnownAs: ['Ashlesha Savant'],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://www.iwmbuzz.com/television/celebrities/i-am-happy-to-have-joined-the-show-at-a-phase-where-anupamaa-is-fighting-her-own-battles-ashlesha-sawant/2022/09/07',
      'https://editorji.com/amp/hindi/entertainment-news/tv/ashlesha-sawant-aka-barkha-kapadia-will-no-longer-be-seen-in-anupamaa-said-my-track-is-over-now-1711546511472',
    ],
  },
  {
    id: 'rohit-bakshi',
    name: 'Rohit Bakshi',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Kyunki Saas Bhi Kabhi Bahu Thi',
        detail: null,
      },
    ],
    sources: [
      'https://www.lokmattimes.com/entertainment/rohit-bakshi-reflects-on-casting-in-anupamaa-when-things-are-meant-to-happen-they-happen-very-quickly/',
    ],
  },
  {
    id: 'alma-hussein',
    name: 'Alma Hussein',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Dhadkan Zindaggi Kii',
        detail: null,
      },
    ],
    sources: [
      'https://www.news18.com/news/movies/anupamaa-new-entry-alma-hussein-to-enter-rupali-gangulys-show-as-samars-new-love-interest-5158717.html',
      'https://www.india.com/entertainment/anupamaa-after-paras-kalnawat-sara-aka-alma-hussein-leaves-the-show-my-track-was-tv-news-gossip-5609920/',
    ],
  },
  {
    id: 'adhik-mehta',
    name: 'Adhik Mehta',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Choti Sarrdaarni',
        detail: 'as Karan',
      },
      {
        title: 'Bepanah Pyaar',
        detail: null,
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/exclusive-i-am-really-excited-about-the-track-pakhi-great-co-star-adhik-mehta-the-current',
      'https://www.bollywoodlife.com/tv/anupamaa-adhik-mehta-talks-about-playing-negative-role-in-rupali-gangulys-show-says-i-hope-that-entertainment-news-2723979/',
    ],
  },
  {
    id: 'asmi-deo',
    name: 'Asmi Deo',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Jagriti - Ek Nayi Subah',
        detail: 'lead role, Zee TV',
      },
    ],
    sources: [
      'https://prabhatkhabar.com/?p=3025188',
      'https://iamgujarat.com/entertainment/tv/asmi-deo-aka-choti-anus-track-will-not-end-in-anupamaa-his-father-clarifies/amp_articleshow/99610098.cms',
    ],
  },
  {
    id: 'aurra-bhatnagar',
    name: 'Aurra Bhatnagar',
    alsoKnownAs: ['Aurra Bhatnagar Badoni'],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Barrister Babu',
        detail: null,
      },
      {
        title: 'Suhaagan',
        detail: null,
      },
    ],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-this-barrister-babu-fame-actress-to-now-play-choti-anu-entertainment-news-2726805/',
      'https://www.pinkvilla.com/tv/news/exclusive-aurra-bhatnagar-aka-aadhya-reveals-being-star-struck-seeing-rupali-ganguly-at-anupamaa-sets-1267600',
    ],
  },
  {
    id: 'alisha-parveen',
    name: 'Alisha Parveen',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://www.pinkvilla.com/tv/news/maybe-yes-alisha-parveen-aka-raahi-addresses-rumors-about-rupali-ganguly-being-reason-behind-her-exit-from-anupamaa-1363946',
      'https://zeenews.india.com/people/anupamaa-actress-alisha-parveen-aka-raahi-talks-about-rupali-ganguly-being-the-reason-behind-her-sudden-replacement-maybe-yes-2834827.html',
    ],
  },
  {
    id: 'adrija-roy',
    name: 'Adrija Roy',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Imlie',
        detail: 'as Imlie Rana Reddy',
      },
      {
        title: 'Kundali Bhagya',
        detail: null,
      },
    ],
    sources: [
      'https://www.koimoi.com/television/anupamaa-raahi-alisha-parveen-removed-from-the-show-overnight-expresses-frustration-after-kinjal-samar-took-supposed-digs-at-rupali-ganguly/',
      'https://viralchai.live/?p=2088',
    ],
  },
  {
    id: 'chhavi-pandey',
    name: 'Chhavi Pandey',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/maya-succeeds-breaking-ties-between-anuj-anupamaa-says-gaurav-khanna-anupamaa-230404',
    ],
  },
  {
    id: 'nishi-saxena',
    name: 'Nishi Saxena',
    alsoKnownAs: [],
    note: 'A former TikTok creator from Bhopal, she got her first big break with Anupamaa.',
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Vasudha',
        detail: 'later, on Zee TV',
      },
    ],
    sources: [
      'https://trends.glance.com/story/articles/Entertainment/IN/en/timesnow/s-ea39cfe21f-7bb35bed-9f7d-55ed-8c70-219a44538e18',
      'https://www.pinkvilla.com/tv/news/nishi-saxena-aka-dimpy-announces-exit-from-anupamaa-pens-emotional-note-about-her-first-big-break-felt-like-a-dream-come-true-1353371',
    ],
  },
  {
    id: 'nitesh-pandey',
    name: 'Nitesh Pandey',
    alsoKnownAs: [],
    note: null,
    died: {
      date: '2023-05-23',
      detail: 'Cardiac arrest in Igatpuri, aged 51',
    },
    confidence: null,
    otherWork: [],
    sources: [
      'https://www.mid-day.com/entertainment/television-news/article/rupali-ganguly-remembers-her-anupamaa-co-star-nitesh-pandey-cant-believe-ill-never-meet-him-again-23288406',
      'https://www.koimoi.com/television/when-late-actor-nitesh-pandey-revealed-staying-away-from-tv-and-focusing-more-on-films-as-he-got-only-random-fathers-and-uncles-role/amp',
    ],
  },
  {
    id: 'apara-mehta',
    name: 'Apara Mehta',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Kyunkii Saas Bhi Kabhi Bahu Thi',
        detail: 'as Savita',
      },
      {
        title: 'Jassi Jaissi Koi Nahin',
        detail: null,
      },
      {
        title: 'Yeh Rishta Kya Kehlata Hai',
        detail: 'cameo',
      },
      {
        title: 'Suhagan Chudail',
        detail: null,
      },
    ],
    sources: [
      'https://www.news18.com/amp/entertainment/television/meet-the-new-characters-to-soon-feature-in-rupali-gangulys-anupamaa-7763881.html',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-apara-mehta-talks-about-her-association-anupamaa-s-producer-rajan-shahi-says',
      'https://pkwp184.prabhatkhabar.com/entertainment/anupama-fame-apara-mehta-aka-guru-maa-playing-yogini-kapila-role-in-nia-sharma-serial-suhagan-chudail/amp?src=android',
    ],
  },
  {
    id: 'kunwar-amarjeet-singh',
    name: 'Kunwar Amar',
    alsoKnownAs: ['Kunwar Amarjeet Singh'],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Dance India Dance',
        detail: null,
      },
      {
        title: 'Nach Baliye 5',
        detail: null,
      },
      {
        title: 'Yeh Hai Aashiqui',
        detail: null,
      },
      {
        title: 'Dil Dosti Dance',
        detail: null,
      },
    ],
    sources: [
      'https://www.tribuneindia.com/news/lifestyle/its-a-beautiful-bond-566660',
      'https://www.moviegaze.com/anupamaa-exclusive-kunwar-amarjeet-singh-reveals-if-tapish-will-fill-in-samars-place-in-anus-life/',
    ],
  },
  {
    id: 'sukirti-kandpal',
    name: 'Sukirti Kandpal',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Dil Mill Gayye',
        detail: null,
      },
    ],
    sources: [
      'https://www.pinkvilla.com/tv/news/exclusive-sukirti-kandpal-on-joining-anupamaa-it-feels-like-a-sense-of-responsibility-1269182?amp',
    ],
  },
  {
    id: 'vaquar-shaikh',
    name: 'Vaquar Shaikh',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-is-gaurav-khanna-aka-anuj-kapadia-quitting-the-show-heres-what-we-know-entertainment-news-tv-news-2816232/',
      'https://www.filmibeat.com/amphtml/television/news/2024/anupamaa-twist-will-yashdeep-exit-rupali-ganguly-gaurav-khanna-show-vaquar-shaikh-reveals-truth-maan-392685.html',
    ],
  },
  {
    id: 'aadhya-barot',
    name: 'Aadhya Barot',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: 'medium',
    otherWork: [],
    sources: [
      'https://www.bollywoodlife.com/tv/anupamaa-alpana-buch-calls-rupali-ganguly-starrer-her-source-of-happiness-reveals-why-the-show-is-appreciated-and-loved-entertainment-news-tv-news-2830058/',
      'https://www.bollywoodlife.com/tv/anupamaa-aurra-bhatnagar-reveals-being-star-struck-seeing-rupali-ganguly-talks-about-her-bond-with-gaurav-khanna-entertainment-news-tv-news-2743954/',
    ],
  },
  {
    id: 'vidushi-tiwari',
    name: 'Vidushi Tiwari',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://www.prabhatkhabar.com/entertainment/anupama-ishaani-aka-vidushi-tiwari-quits-show-says-yeh-ansh-prarthana-ki-shadi-ke-dauran-hua',
      'https://www.abplive.com/entertainment/television/anupama-fame-ishani-aka-vidushi-tiwari-exit-from-rupali-ganguly-show-3025511',
    ],
  },
  {
    id: 'akshita-vatsayan',
    name: 'Akshita Vatsayan',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://www.prabhatkhabar.com/entertainment/anupama-new-entry-new-ishaani-aka-akshita-vatsayan-on-joining-show-says-its-an-emotion',
    ],
  },
  {
    id: 'ishita-dixit',
    name: 'Ishita Dixit',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://dharamnirpekshrajya.com/a-painful-twist-of-deception-will-be-seen-in-anupama-ishita-dixit-told-the-latest-update',
      'https://www.prajasatta.in/entertainment/anupamaa-will-see-a-painful-twist-of-betrayal-ishita-dixit-reveals-the-latest-update',
    ],
  },
  {
    id: 'spreha-chatterjee',
    name: 'Spreha Chatterjee',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://iwmbuzz.com/television/spoilers/anupamaa-upcoming-twist-maahi-rigs-the-game-meant-to-pick-ram-sita-desires-to-be-paired-with-prem/2024/12/09',
      'https://subkuz.com/news/hindi/details/anupma-kee-mahee-yanee-spha-chtrjee-riyl-laiph-men-dikhtee-aur-bhee-glaimrs-dekhen-unkee-khoobsoort-tsveeren/100776',
    ],
  },
  {
    id: 'shivam-khajuria',
    name: 'Shivam Khajuria',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Yeh Rishta Kya Kehlata Hai',
        detail: 'as Rohit',
      },
    ],
    sources: [
      'https://prabhatkhabar.com/entertainment/anupama-leap-shivam-khajuria-on-his-entry-in-show-says-prem-ek-modern-krishna-jaisa-hai/amp',
      'https://tazakhabar.co.in/299592',
    ],
  },
  {
    id: 'jhalak-desai',
    name: 'Jhalak Desai',
    alsoKnownAs: ['Zalak Desai'],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Laado 2',
        detail: null,
      },
      {
        title: 'Radha Krishna',
        detail: null,
      },
      {
        title: 'Munh Boli Shaadi',
        detail: null,
      },
      {
        title: 'Saajan Ghar',
        detail: null,
      },
    ],
    sources: [
      'http://feed.ilidea.com/index.php/Index/details.html?id=8347151',
      'https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1',
    ],
  },
  {
    id: 'rahil-azam',
    name: 'Rahil Azam',
    alsoKnownAs: ['Raheel Azam'],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Hatim',
        detail: null,
      },
      {
        title: 'Tu Aashiqui',
        detail: null,
      },
      {
        title: 'Madam Sir',
        detail: null,
      },
      {
        title: 'CID',
        detail: null,
      },
    ],
    sources: [
      'http://feed.ilidea.com/index.php/Index/details.html?id=8347151',
      'https://www.jagran.com/web-stories/two-new-actors-entered-rupali-ganguly-tv-serial-anupamaa-120782.html',
    ],
  },
  {
    id: 'alka-kaushal',
    name: 'Alka Kaushal',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Yeh Rishta Kya Kehlata Hai',
        detail: 'cameo as Sita',
      },
    ],
    sources: [
      'https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1',
      'https://www.livehindustan.com/photos/entertainment/anupamaa-cast-real-age-rupali-moti-baa-bapuji-mr-digvijay-para-kothari-2026-updates-201773390988715.html',
    ],
  },
  {
    id: 'sheersha-tiwari',
    name: 'Sheersha Tiwari',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://stage.prabhatkhabar.com/entertainment/anupama-fame-sheersha-tiwari-aka-prarthana-talks-about-wowking-in-show-says-iss-kahani-ne-mujhe/amp',
      'https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1',
    ],
  },
  {
    id: 'mazher-sayed',
    name: 'Mazher Sayed',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: 'low',
    otherWork: [
      {
        title: 'Kaahin Kissii Roz',
        detail: null,
      },
      {
        title: 'Saavdhaan India',
        detail: null,
      },
      {
        title: 'Crime Patrol',
        detail: null,
      },
    ],
    sources: ['https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1'],
  },
  {
    id: 'shiwani-chakraborty',
    name: 'Shiwani Chakraborty',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: 'low',
    otherWork: [
      {
        title: 'Maati Se Bandhi Dor',
        detail: null,
      },
    ],
    sources: ['https://bharathalchal.in/2025/01/anupamaa-new-characters-set-to-join.html?m=1'],
  },
  {
    id: 'manish-goel',
    name: 'Manish Goel',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://www.prabhatkhabar.com/entertainment/anupama-manish-goel-talks-about-fan-shocking-reaction-on-raghav-entry-in-show-says-main-tv-tod-dungi',
      'https://stage.prabhatkhabar.com/entertainment/anupama-raghav-aka-manish-goel-exit-from-show-saya-kuch-goodbye-bahut',
    ],
  },
  {
    id: 'randeep-rai',
    name: 'Randeep Rai',
    alsoKnownAs: ['Ranndeep R Rai'],
    note: null,
    died: null,
    confidence: 'high',
    otherWork: [],
    sources: [
      'https://stage.prabhatkhabar.com/entertainment/anupama-new-entry-mukund-kapahi-enter-in-rajan-shahi-show-as-mohit-friend-says-mai-negative-role-mai/amp',
      'https://www.sakshipost.com/news/ranndeep-r-rai-joining-anupamaa-saying-no-any-part-show-not-option-392617',
      'https://www.hindustantimes.com/htcity/actor-randeep-rai-clarifies-that-his-role-in-the-television-daily-anupamaa-was-always-shortterm-101748237210999.html',
    ],
  },
  {
    id: 'sarita-joshi',
    name: 'Sarita Joshi',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Baa Bahoo Aur Baby',
        detail: null,
      },
    ],
    sources: [
      'https://www.koimoi.com/television/anupamaa-namaste-america-star-rupali-ganguly-on-working-with-veteran-actress-sarita-joshi-she-inspires-me-i-admire-her-work/',
      'https://www.pinkvilla.com/tv/news-gossip/sudhanshu-pandey-reveals-what-audience-will-witness-anupama-namaste-america-1077457',
    ],
  },
  {
    id: 'puja-banerjee',
    name: 'Puja Banerjee',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [],
    sources: [
      'https://www.pinkvilla.com/tv/news-gossip/sudhanshu-pandey-reveals-what-audience-will-witness-anupama-namaste-america-1077457',
    ],
  },
  {
    id: 'sachin-tyagi',
    name: 'Sachin Tyagi',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: null,
    otherWork: [
      {
        title: 'Yeh Rishta Kya Kehlata Hai',
        detail: 'as Manish Goenka',
      },
    ],
    sources: [
      'https://www.abplive.com/entertainment/bollywood/sachin-tyagi-joining-anupamaa-said-audience-will-truly-enjoy-3098708',
      'https://www.bollywoodlife.com/hi/tv/anupama-yekkh-star-sachin-tyagi-reacts-on-working-in-rupali-ganguly-show-3325094/',
    ],
  },
  {
    id: 'aman-maheshwari',
    name: 'Aman Maheshwari',
    alsoKnownAs: [],
    note: 'He said he turned down two other shows for Anupamaa.',
    died: null,
    confidence: 'high',
    otherWork: [],
    sources: [
      'https://www.mid-day.com/entertainment/television-news/article/anupamaa-actor-aman-maheshwari-on-working-with-rupali-ganguly-its-a-blessing-23291705',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-aman-maheshwari-opens-his-experience-of-working-anupamaas-star-cast-went-all',
      'https://www.news18.com/amp/entertainment/television/aman-maheshwari-turned-down-two-hit-shows-for-anupamaa-i-wanted-to-do-something-different-8246935.html',
    ],
  },
  {
    id: 'parakh-madan',
    name: 'Parakh Madan',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: 'high',
    otherWork: [],
    sources: [
      'https://www.iwmbuzz.com/television/celebrities/i-relate-totally-with-my-character-of-diya-in-anupamaa-parakh-madan/2024/03/23',
      'https://updatetimes.in/anupama%e0%a4%85%e0%a4%ac-%e0%a4%a4%e0%a5%8b%e0%a4%b7%e0%a5%81-%e0%a4%95%e0%a5%87-%e0%a4%ac%e0%a4%be%e0%a4%a6-%e0%a4%87%e0%a4%b8-%e0%a4%95%e0%a4%bf%e0%a4%b0%e0%a4%a6%e0%a4%be%e0%a4%b0-%e0%a4%a8',
    ],
  },
  {
    id: 'mukund-kapahi',
    name: 'Mukund Kapahi',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: 'high',
    otherWork: [
      {
        title: 'Yeh Rishta Kya Kehlata Hai',
        detail: null,
      },
    ],
    sources: [
      'https://www.dnaindia.com/television/report-anupamaa-to-get-new-antagonist-yeh-rishta-kya-kehlata-hai-actor-mukund-kapahi-to-enter-rupali-ganguly-show-star-plus-jiohotstar-latest-episodes-3142596',
      'https://stage.prabhatkhabar.com/entertainment/anupama-new-entry-mukund-kapahi-enter-in-rajan-shahi-show-as-mohit-friend-says-mai-negative-role-mai/amp',
    ],
  },
  {
    id: 'pahal-chaudhary',
    name: 'Pahal Chaudhary',
    alsoKnownAs: [],
    note: 'A child actor, cast after playing in Hum Rahein Na Rahein Hum.',
    died: null,
    confidence: 'medium',
    otherWork: [
      {
        title: 'Hum Rahein Na Rahein Hum',
        detail: null,
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/exclusive-hum-rahein-na-rahein-hum-child-actor-pahal-chaudhary-roped-star-plus-s-show',
    ],
  },
  {
    id: 'kruttika-desai',
    name: 'Kruttika Desai',
    alsoKnownAs: ['Krutika Desai', 'Kruttika Desai Khan'],
    note: null,
    died: null,
    confidence: 'medium',
    otherWork: [
      {
        title: 'Meri Bhavya Life',
        detail: 'Colors, by April 2025',
      },
    ],
    sources: [
      'https://abhitak.in/?p=74180',
      'https://brahmacharyahub.com/randeep-rai-explains-why-he-decided-to-take-up-rupali-gangulys-show-says-it-wasnt-a-regular-exclusive',
    ],
  },
  {
    id: 'kumar-sanu',
    name: 'Kumar Sanu',
    alsoKnownAs: ['Kumar Shanu'],
    note: 'Playback singer.',
    died: null,
    confidence: 'medium',
    otherWork: [],
    sources: [
      'https://hindi.filmycharcha.com/apart-from-gurumaa-this-special-persons-entry-will-be-there-in-anupamas-son-samars-wedding/',
    ],
  },
  {
    id: 'romesh-kalra',
    name: 'Romesh Kalra',
    alsoKnownAs: [],
    note: "One of Anupamaa's directors, seen on screen once.",
    died: null,
    confidence: 'medium',
    otherWork: [],
    sources: [
      'https://www.prabhatkhabar.com/entertainment/anupama-new-entry-show-director-romesh-kalra-on-working-with-rupali-ganguly-in-show-says-this/amp',
    ],
  },
  {
    id: 'khushali-jariwala',
    name: 'Khushali Jariwala',
    alsoKnownAs: ['Khushali Zariwala'],
    note: null,
    died: null,
    confidence: 'medium',
    otherWork: [],
    sources: [
      'https://khaboreprakash.com/2023/07/29/anupamaa-new-entry-kulfi-kumar-bajewala-fame-viraaj-kapoor-joins-show-as-ankush-illegitimate-son-anupamaa-%e0%a4%ae%e0%a5%87%e0%a4%82-%e0%a4%b9%e0%a5%8b-%e0%a4%b0%e0%a4%b9%e0%a5%80-%e0%a4%8f',
    ],
  },
  {
    id: 'nikhil-parmar',
    name: 'Nikhil Parmar',
    alsoKnownAs: [],
    note: null,
    died: null,
    confidence: 'medium',
    otherWork: [],
    sources: [
      'https://khaboreprakash.com/2023/07/29/anupamaa-new-entry-kulfi-kumar-bajewala-fame-viraaj-kapoor-joins-show-as-ankush-illegitimate-son-anupamaa-%e0%a4%ae%e0%a5%87%e0%a4%82-%e0%a4%b9%e0%a5%8b-%e0%a4%b0%e0%a4%b9%e0%a5%80-%e0%a4%8f',
    ],
  },
  {
    id: 'viraj-kapoor',
    name: 'Viraj Kapoor',
    alsoKnownAs: ['Viraaj Kapoor'],
    note: null,
    died: null,
    confidence: 'high',
    otherWork: [
      {
        title: 'Kulfi Kumar Bajewala',
        detail: null,
      },
    ],
    sources: [
      'https://www.tellychakkar.com/tv/tv-news/exclusive-viraj-kapoor-reveals-why-he-not-finding-difficult-play-romils-character',
      'https://www.tellychakkar.com/tv/tv-news/exclusive-anupamaa-fame-viraj-kapoor-opens-reuniting-former-co-stars-nishi-saxena-sagar',
      'https://yrkkhwrittenupdate.net/anupamaa-fame-viraj-kapoors-mumbai-odyssey-from-reluctant-relocation-to-pursuing-his-acting-dreams/',
    ],
  },
];
