/**
 */
package org.fieldbook.model.impl;

import java.time.Instant;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.fieldbook.model.Account;
import org.fieldbook.model.Annotation;
import org.fieldbook.model.BookableResource;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingState;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.Conflict;
import org.fieldbook.model.ConflictResolution;
import org.fieldbook.model.Contact;
import org.fieldbook.model.CustomerAsset;
import org.fieldbook.model.DownloadFilter;
import org.fieldbook.model.FieldServiceStatus;
import org.fieldbook.model.FieldValue;
import org.fieldbook.model.FieldbookFactory;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.IncidentType;
import org.fieldbook.model.LineStatus;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;
import org.fieldbook.model.OrganizationSettings;
import org.fieldbook.model.Product;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.SyncErrorType;
import org.fieldbook.model.SyncSummary;
import org.fieldbook.model.TaskResult;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.model.TimeEntryType;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderIncident;
import org.fieldbook.model.WorkOrderPriority;
import org.fieldbook.model.WorkOrderProduct;
import org.fieldbook.model.WorkOrderService;
import org.fieldbook.model.WorkOrderServiceTask;
import org.fieldbook.model.WorkOrderSystemStatus;

import org.fieldbook.model.util.FieldbookValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FieldbookPackageImpl extends EPackageImpl implements FieldbookPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bookingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bookingStatusEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass bookableResourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workOrderEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass accountEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass customerAssetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass incidentTypeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workOrderIncidentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workOrderServiceTaskEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workOrderProductEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass workOrderServiceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass productEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass offlineProfileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass offlineProfileItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass offlineProfileRelationshipEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass organizationSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conflictEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fieldValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass syncErrorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass syncSummaryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass annotationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass timeEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fieldServiceStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum bookingStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum workOrderSystemStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum workOrderPriorityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum taskResultEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum lineStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum downloadFilterEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum conflictResolutionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum syncErrorTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum timeEntryTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.fieldbook.model.FieldbookPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FieldbookPackageImpl() {
		super(eNS_URI, FieldbookFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link FieldbookPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FieldbookPackage init() {
		if (isInited) return (FieldbookPackage)EPackage.Registry.INSTANCE.getEPackage(FieldbookPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFieldbookPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FieldbookPackageImpl theFieldbookPackage = registeredFieldbookPackage instanceof FieldbookPackageImpl ? (FieldbookPackageImpl)registeredFieldbookPackage : new FieldbookPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theFieldbookPackage.createPackageContents();

		// Initialize created meta-data
		theFieldbookPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theFieldbookPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return FieldbookValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theFieldbookPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FieldbookPackage.eNS_URI, theFieldbookPackage);
		return theFieldbookPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecord() {
		return recordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_Id() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_VersionNumber() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_CreatedOn() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecord_ModifiedOn() {
		return (EAttribute)recordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBooking() {
		return bookingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_Name() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_StartTime() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_EndTime() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_Duration() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBooking_Status() {
		return (EReference)bookingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBooking_Resource() {
		return (EReference)bookingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBooking_WorkOrder() {
		return (EReference)bookingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_ActualArrivalTime() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_EstimatedTravelDuration() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_ActualTravelDuration() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_TotalBreakDuration() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_OwnerId() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBooking_OwningBusinessUnit() {
		return (EAttribute)bookingEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBookingStatus() {
		return bookingStatusEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBookingStatus_Name() {
		return (EAttribute)bookingStatusEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBookingStatus_Status() {
		return (EAttribute)bookingStatusEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBookingStatus_FieldServiceStatus() {
		return (EAttribute)bookingStatusEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBookableResource() {
		return bookableResourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBookableResource_Name() {
		return (EAttribute)bookableResourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBookableResource_ResourceType() {
		return (EAttribute)bookableResourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBookableResource_UserId() {
		return (EAttribute)bookableResourceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkOrder() {
		return workOrderEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_Number() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_SystemStatus() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_SubstatusId() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_Priority() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrder_ServiceAccount() {
		return (EReference)workOrderEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrder_ReportedByContact() {
		return (EReference)workOrderEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrder_PrimaryIncidentType() {
		return (EReference)workOrderEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrder_CustomerAsset() {
		return (EReference)workOrderEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_Instructions() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_Address1() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_Address2() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_Address3() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_City() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_StateOrProvince() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_PostalCode() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_Country() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_Latitude() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_Longitude() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_Summary() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_FirstArrivedOn() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_CompletedOn() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_OwnerId() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrder_OwningBusinessUnit() {
		return (EAttribute)workOrderEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAccount() {
		return accountEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Name() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Telephone1() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Address1Line1() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Address1City() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_Address1PostalCode() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_OwnerId() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAccount_OwningBusinessUnit() {
		return (EAttribute)accountEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContact() {
		return contactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_FullName() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_FirstName() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_LastName() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_Telephone1() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_EmailAddress1() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getContact_ParentCustomer() {
		return (EReference)contactEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_OwnerId() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContact_OwningBusinessUnit() {
		return (EAttribute)contactEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCustomerAsset() {
		return customerAssetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerAsset_Name() {
		return (EAttribute)customerAssetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomerAsset_Account() {
		return (EReference)customerAssetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCustomerAsset_Product() {
		return (EReference)customerAssetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerAsset_OwnerId() {
		return (EAttribute)customerAssetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCustomerAsset_OwningBusinessUnit() {
		return (EAttribute)customerAssetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIncidentType() {
		return incidentTypeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncidentType_Name() {
		return (EAttribute)incidentTypeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncidentType_Description() {
		return (EAttribute)incidentTypeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncidentType_OwnerId() {
		return (EAttribute)incidentTypeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIncidentType_OwningBusinessUnit() {
		return (EAttribute)incidentTypeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkOrderIncident() {
		return workOrderIncidentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrderIncident_WorkOrder() {
		return (EReference)workOrderIncidentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrderIncident_IncidentType() {
		return (EReference)workOrderIncidentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrderIncident_CustomerAsset() {
		return (EReference)workOrderIncidentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderIncident_Primary() {
		return (EAttribute)workOrderIncidentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderIncident_IncidentResolved() {
		return (EAttribute)workOrderIncidentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkOrderServiceTask() {
		return workOrderServiceTaskEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderServiceTask_Name() {
		return (EAttribute)workOrderServiceTaskEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrderServiceTask_WorkOrder() {
		return (EReference)workOrderServiceTaskEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrderServiceTask_Booking() {
		return (EReference)workOrderServiceTaskEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderServiceTask_PercentComplete() {
		return (EAttribute)workOrderServiceTaskEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderServiceTask_Result() {
		return (EAttribute)workOrderServiceTaskEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderServiceTask_EstimatedDuration() {
		return (EAttribute)workOrderServiceTaskEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderServiceTask_ActualDuration() {
		return (EAttribute)workOrderServiceTaskEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderServiceTask_LineOrder() {
		return (EAttribute)workOrderServiceTaskEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderServiceTask_Description() {
		return (EAttribute)workOrderServiceTaskEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getWorkOrderServiceTask__IsCompleted() {
		return workOrderServiceTaskEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkOrderProduct() {
		return workOrderProductEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrderProduct_WorkOrder() {
		return (EReference)workOrderProductEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrderProduct_Product() {
		return (EReference)workOrderProductEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrderProduct_Booking() {
		return (EReference)workOrderProductEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderProduct_Quantity() {
		return (EAttribute)workOrderProductEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderProduct_EstimateQuantity() {
		return (EAttribute)workOrderProductEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderProduct_LineStatus() {
		return (EAttribute)workOrderProductEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWorkOrderService() {
		return workOrderServiceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrderService_WorkOrder() {
		return (EReference)workOrderServiceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrderService_Service() {
		return (EReference)workOrderServiceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWorkOrderService_Booking() {
		return (EReference)workOrderServiceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderService_Duration() {
		return (EAttribute)workOrderServiceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWorkOrderService_LineStatus() {
		return (EAttribute)workOrderServiceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProduct() {
		return productEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduct_Name() {
		return (EAttribute)productEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduct_ProductNumber() {
		return (EAttribute)productEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProduct_Description() {
		return (EAttribute)productEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOfflineProfile() {
		return offlineProfileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOfflineProfile_Name() {
		return (EAttribute)offlineProfileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOfflineProfile_Description() {
		return (EAttribute)offlineProfileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOfflineProfile_Published() {
		return (EAttribute)offlineProfileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOfflineProfile_Items() {
		return (EReference)offlineProfileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOfflineProfileItem() {
		return offlineProfileItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOfflineProfileItem_TableName() {
		return (EAttribute)offlineProfileItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOfflineProfileItem_DownloadFilter() {
		return (EAttribute)offlineProfileItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOfflineProfileItem_CustomFilter() {
		return (EAttribute)offlineProfileItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOfflineProfileItem_RecordsOwnedByMe() {
		return (EAttribute)offlineProfileItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOfflineProfileItem_RecordsOwnedByMyTeam() {
		return (EAttribute)offlineProfileItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOfflineProfileItem_RecordsOwnedByMyBusinessUnit() {
		return (EAttribute)offlineProfileItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOfflineProfileItem_SyncIntervalMinutes() {
		return (EAttribute)offlineProfileItemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getOfflineProfileItem_Relationships() {
		return (EReference)offlineProfileItemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOfflineProfileItem__EffectiveSyncIntervalMinutes() {
		return offlineProfileItemEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOfflineProfileRelationship() {
		return offlineProfileRelationshipEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOfflineProfileRelationship_FromTable() {
		return (EAttribute)offlineProfileRelationshipEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOfflineProfileRelationship_LookupColumn() {
		return (EAttribute)offlineProfileRelationshipEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOfflineProfileRelationship_ToTable() {
		return (EAttribute)offlineProfileRelationshipEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getOrganizationSettings() {
		return organizationSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganizationSettings_ConflictDetectionEnabled() {
		return (EAttribute)organizationSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getOrganizationSettings_MaxUploadFileSize() {
		return (EAttribute)organizationSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getOrganizationSettings__ClientWins() {
		return organizationSettingsEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConflict() {
		return conflictEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConflict_Id() {
		return (EAttribute)conflictEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConflict_TableName() {
		return (EAttribute)conflictEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConflict_RecordId() {
		return (EAttribute)conflictEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConflict_BaseValues() {
		return (EReference)conflictEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConflict_LocalValues() {
		return (EReference)conflictEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConflict_ServerValues() {
		return (EReference)conflictEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConflict_BaseETag() {
		return (EAttribute)conflictEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConflict_ServerETag() {
		return (EAttribute)conflictEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConflict_DetectedAt() {
		return (EAttribute)conflictEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConflict_Resolution() {
		return (EAttribute)conflictEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConflict_ResolvedAt() {
		return (EAttribute)conflictEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFieldValue() {
		return fieldValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldValue_Column() {
		return (EAttribute)fieldValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldValue_Value() {
		return (EAttribute)fieldValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSyncError() {
		return syncErrorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncError_OccurredAt() {
		return (EAttribute)syncErrorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncError_TableName() {
		return (EAttribute)syncErrorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncError_RecordId() {
		return (EAttribute)syncErrorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncError_HttpStatus() {
		return (EAttribute)syncErrorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncError_ErrorType() {
		return (EAttribute)syncErrorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncError_Message() {
		return (EAttribute)syncErrorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncError_Resolved() {
		return (EAttribute)syncErrorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncError_ErrorCode() {
		return (EAttribute)syncErrorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncError_ErrorDetail() {
		return (EAttribute)syncErrorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncError_Action() {
		return (EAttribute)syncErrorEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncError_ActionData() {
		return (EAttribute)syncErrorEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSyncSummary() {
		return syncSummaryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncSummary_Device() {
		return (EAttribute)syncSummaryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncSummary_StartedOn() {
		return (EAttribute)syncSummaryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncSummary_FinishedOn() {
		return (EAttribute)syncSummaryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncSummary_DurationMillis() {
		return (EAttribute)syncSummaryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncSummary_Succeeded() {
		return (EAttribute)syncSummaryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncSummary_Message() {
		return (EAttribute)syncSummaryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncSummary_RowsOnDevice() {
		return (EAttribute)syncSummaryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncSummary_PendingEdits() {
		return (EAttribute)syncSummaryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncSummary_OpenErrors() {
		return (EAttribute)syncSummaryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncSummary_ClientVersion() {
		return (EAttribute)syncSummaryEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnnotation() {
		return annotationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Subject() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_NoteText() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_FileName() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_MimeType() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_FileSize() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_DocumentBody() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_IsDocument() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_ObjectTypeCode() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_CreatedBy() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_ModifiedBy() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnotation_ObjectId() {
		return (EReference)annotationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTimeEntry() {
		return timeEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeEntry_Start() {
		return (EAttribute)timeEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeEntry_End() {
		return (EAttribute)timeEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeEntry_Duration() {
		return (EAttribute)timeEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeEntry_Type() {
		return (EAttribute)timeEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTimeEntry_Description() {
		return (EAttribute)timeEntryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTimeEntry_BookableResource() {
		return (EReference)timeEntryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTimeEntry_Booking() {
		return (EReference)timeEntryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTimeEntry_WorkOrder() {
		return (EReference)timeEntryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFieldServiceStatus() {
		return fieldServiceStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBookingState() {
		return bookingStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWorkOrderSystemStatus() {
		return workOrderSystemStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getWorkOrderPriority() {
		return workOrderPriorityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTaskResult() {
		return taskResultEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLineStatus() {
		return lineStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDownloadFilter() {
		return downloadFilterEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConflictResolution() {
		return conflictResolutionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSyncErrorType() {
		return syncErrorTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTimeEntryType() {
		return timeEntryTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FieldbookFactory getFieldbookFactory() {
		return (FieldbookFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		recordEClass = createEClass(RECORD);
		createEAttribute(recordEClass, RECORD__ID);
		createEAttribute(recordEClass, RECORD__VERSION_NUMBER);
		createEAttribute(recordEClass, RECORD__CREATED_ON);
		createEAttribute(recordEClass, RECORD__MODIFIED_ON);

		bookingEClass = createEClass(BOOKING);
		createEAttribute(bookingEClass, BOOKING__NAME);
		createEAttribute(bookingEClass, BOOKING__START_TIME);
		createEAttribute(bookingEClass, BOOKING__END_TIME);
		createEAttribute(bookingEClass, BOOKING__DURATION);
		createEReference(bookingEClass, BOOKING__STATUS);
		createEReference(bookingEClass, BOOKING__RESOURCE);
		createEReference(bookingEClass, BOOKING__WORK_ORDER);
		createEAttribute(bookingEClass, BOOKING__ACTUAL_ARRIVAL_TIME);
		createEAttribute(bookingEClass, BOOKING__ESTIMATED_TRAVEL_DURATION);
		createEAttribute(bookingEClass, BOOKING__ACTUAL_TRAVEL_DURATION);
		createEAttribute(bookingEClass, BOOKING__TOTAL_BREAK_DURATION);
		createEAttribute(bookingEClass, BOOKING__OWNER_ID);
		createEAttribute(bookingEClass, BOOKING__OWNING_BUSINESS_UNIT);

		bookingStatusEClass = createEClass(BOOKING_STATUS);
		createEAttribute(bookingStatusEClass, BOOKING_STATUS__NAME);
		createEAttribute(bookingStatusEClass, BOOKING_STATUS__STATUS);
		createEAttribute(bookingStatusEClass, BOOKING_STATUS__FIELD_SERVICE_STATUS);

		bookableResourceEClass = createEClass(BOOKABLE_RESOURCE);
		createEAttribute(bookableResourceEClass, BOOKABLE_RESOURCE__NAME);
		createEAttribute(bookableResourceEClass, BOOKABLE_RESOURCE__RESOURCE_TYPE);
		createEAttribute(bookableResourceEClass, BOOKABLE_RESOURCE__USER_ID);

		workOrderEClass = createEClass(WORK_ORDER);
		createEAttribute(workOrderEClass, WORK_ORDER__NUMBER);
		createEAttribute(workOrderEClass, WORK_ORDER__SYSTEM_STATUS);
		createEAttribute(workOrderEClass, WORK_ORDER__SUBSTATUS_ID);
		createEAttribute(workOrderEClass, WORK_ORDER__PRIORITY);
		createEReference(workOrderEClass, WORK_ORDER__SERVICE_ACCOUNT);
		createEReference(workOrderEClass, WORK_ORDER__REPORTED_BY_CONTACT);
		createEReference(workOrderEClass, WORK_ORDER__PRIMARY_INCIDENT_TYPE);
		createEReference(workOrderEClass, WORK_ORDER__CUSTOMER_ASSET);
		createEAttribute(workOrderEClass, WORK_ORDER__INSTRUCTIONS);
		createEAttribute(workOrderEClass, WORK_ORDER__ADDRESS1);
		createEAttribute(workOrderEClass, WORK_ORDER__ADDRESS2);
		createEAttribute(workOrderEClass, WORK_ORDER__ADDRESS3);
		createEAttribute(workOrderEClass, WORK_ORDER__CITY);
		createEAttribute(workOrderEClass, WORK_ORDER__STATE_OR_PROVINCE);
		createEAttribute(workOrderEClass, WORK_ORDER__POSTAL_CODE);
		createEAttribute(workOrderEClass, WORK_ORDER__COUNTRY);
		createEAttribute(workOrderEClass, WORK_ORDER__LATITUDE);
		createEAttribute(workOrderEClass, WORK_ORDER__LONGITUDE);
		createEAttribute(workOrderEClass, WORK_ORDER__SUMMARY);
		createEAttribute(workOrderEClass, WORK_ORDER__FIRST_ARRIVED_ON);
		createEAttribute(workOrderEClass, WORK_ORDER__COMPLETED_ON);
		createEAttribute(workOrderEClass, WORK_ORDER__OWNER_ID);
		createEAttribute(workOrderEClass, WORK_ORDER__OWNING_BUSINESS_UNIT);

		accountEClass = createEClass(ACCOUNT);
		createEAttribute(accountEClass, ACCOUNT__NAME);
		createEAttribute(accountEClass, ACCOUNT__TELEPHONE1);
		createEAttribute(accountEClass, ACCOUNT__ADDRESS1_LINE1);
		createEAttribute(accountEClass, ACCOUNT__ADDRESS1_CITY);
		createEAttribute(accountEClass, ACCOUNT__ADDRESS1_POSTAL_CODE);
		createEAttribute(accountEClass, ACCOUNT__OWNER_ID);
		createEAttribute(accountEClass, ACCOUNT__OWNING_BUSINESS_UNIT);

		contactEClass = createEClass(CONTACT);
		createEAttribute(contactEClass, CONTACT__FULL_NAME);
		createEAttribute(contactEClass, CONTACT__FIRST_NAME);
		createEAttribute(contactEClass, CONTACT__LAST_NAME);
		createEAttribute(contactEClass, CONTACT__TELEPHONE1);
		createEAttribute(contactEClass, CONTACT__EMAIL_ADDRESS1);
		createEReference(contactEClass, CONTACT__PARENT_CUSTOMER);
		createEAttribute(contactEClass, CONTACT__OWNER_ID);
		createEAttribute(contactEClass, CONTACT__OWNING_BUSINESS_UNIT);

		customerAssetEClass = createEClass(CUSTOMER_ASSET);
		createEAttribute(customerAssetEClass, CUSTOMER_ASSET__NAME);
		createEReference(customerAssetEClass, CUSTOMER_ASSET__ACCOUNT);
		createEReference(customerAssetEClass, CUSTOMER_ASSET__PRODUCT);
		createEAttribute(customerAssetEClass, CUSTOMER_ASSET__OWNER_ID);
		createEAttribute(customerAssetEClass, CUSTOMER_ASSET__OWNING_BUSINESS_UNIT);

		incidentTypeEClass = createEClass(INCIDENT_TYPE);
		createEAttribute(incidentTypeEClass, INCIDENT_TYPE__NAME);
		createEAttribute(incidentTypeEClass, INCIDENT_TYPE__DESCRIPTION);
		createEAttribute(incidentTypeEClass, INCIDENT_TYPE__OWNER_ID);
		createEAttribute(incidentTypeEClass, INCIDENT_TYPE__OWNING_BUSINESS_UNIT);

		workOrderIncidentEClass = createEClass(WORK_ORDER_INCIDENT);
		createEReference(workOrderIncidentEClass, WORK_ORDER_INCIDENT__WORK_ORDER);
		createEReference(workOrderIncidentEClass, WORK_ORDER_INCIDENT__INCIDENT_TYPE);
		createEReference(workOrderIncidentEClass, WORK_ORDER_INCIDENT__CUSTOMER_ASSET);
		createEAttribute(workOrderIncidentEClass, WORK_ORDER_INCIDENT__PRIMARY);
		createEAttribute(workOrderIncidentEClass, WORK_ORDER_INCIDENT__INCIDENT_RESOLVED);

		workOrderServiceTaskEClass = createEClass(WORK_ORDER_SERVICE_TASK);
		createEAttribute(workOrderServiceTaskEClass, WORK_ORDER_SERVICE_TASK__NAME);
		createEReference(workOrderServiceTaskEClass, WORK_ORDER_SERVICE_TASK__WORK_ORDER);
		createEReference(workOrderServiceTaskEClass, WORK_ORDER_SERVICE_TASK__BOOKING);
		createEAttribute(workOrderServiceTaskEClass, WORK_ORDER_SERVICE_TASK__PERCENT_COMPLETE);
		createEAttribute(workOrderServiceTaskEClass, WORK_ORDER_SERVICE_TASK__RESULT);
		createEAttribute(workOrderServiceTaskEClass, WORK_ORDER_SERVICE_TASK__ESTIMATED_DURATION);
		createEAttribute(workOrderServiceTaskEClass, WORK_ORDER_SERVICE_TASK__ACTUAL_DURATION);
		createEAttribute(workOrderServiceTaskEClass, WORK_ORDER_SERVICE_TASK__LINE_ORDER);
		createEAttribute(workOrderServiceTaskEClass, WORK_ORDER_SERVICE_TASK__DESCRIPTION);
		createEOperation(workOrderServiceTaskEClass, WORK_ORDER_SERVICE_TASK___IS_COMPLETED);

		workOrderProductEClass = createEClass(WORK_ORDER_PRODUCT);
		createEReference(workOrderProductEClass, WORK_ORDER_PRODUCT__WORK_ORDER);
		createEReference(workOrderProductEClass, WORK_ORDER_PRODUCT__PRODUCT);
		createEReference(workOrderProductEClass, WORK_ORDER_PRODUCT__BOOKING);
		createEAttribute(workOrderProductEClass, WORK_ORDER_PRODUCT__QUANTITY);
		createEAttribute(workOrderProductEClass, WORK_ORDER_PRODUCT__ESTIMATE_QUANTITY);
		createEAttribute(workOrderProductEClass, WORK_ORDER_PRODUCT__LINE_STATUS);

		workOrderServiceEClass = createEClass(WORK_ORDER_SERVICE);
		createEReference(workOrderServiceEClass, WORK_ORDER_SERVICE__WORK_ORDER);
		createEReference(workOrderServiceEClass, WORK_ORDER_SERVICE__SERVICE);
		createEReference(workOrderServiceEClass, WORK_ORDER_SERVICE__BOOKING);
		createEAttribute(workOrderServiceEClass, WORK_ORDER_SERVICE__DURATION);
		createEAttribute(workOrderServiceEClass, WORK_ORDER_SERVICE__LINE_STATUS);

		productEClass = createEClass(PRODUCT);
		createEAttribute(productEClass, PRODUCT__NAME);
		createEAttribute(productEClass, PRODUCT__PRODUCT_NUMBER);
		createEAttribute(productEClass, PRODUCT__DESCRIPTION);

		offlineProfileEClass = createEClass(OFFLINE_PROFILE);
		createEAttribute(offlineProfileEClass, OFFLINE_PROFILE__NAME);
		createEAttribute(offlineProfileEClass, OFFLINE_PROFILE__DESCRIPTION);
		createEAttribute(offlineProfileEClass, OFFLINE_PROFILE__PUBLISHED);
		createEReference(offlineProfileEClass, OFFLINE_PROFILE__ITEMS);

		offlineProfileItemEClass = createEClass(OFFLINE_PROFILE_ITEM);
		createEAttribute(offlineProfileItemEClass, OFFLINE_PROFILE_ITEM__TABLE_NAME);
		createEAttribute(offlineProfileItemEClass, OFFLINE_PROFILE_ITEM__DOWNLOAD_FILTER);
		createEAttribute(offlineProfileItemEClass, OFFLINE_PROFILE_ITEM__CUSTOM_FILTER);
		createEAttribute(offlineProfileItemEClass, OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_ME);
		createEAttribute(offlineProfileItemEClass, OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_TEAM);
		createEAttribute(offlineProfileItemEClass, OFFLINE_PROFILE_ITEM__RECORDS_OWNED_BY_MY_BUSINESS_UNIT);
		createEAttribute(offlineProfileItemEClass, OFFLINE_PROFILE_ITEM__SYNC_INTERVAL_MINUTES);
		createEReference(offlineProfileItemEClass, OFFLINE_PROFILE_ITEM__RELATIONSHIPS);
		createEOperation(offlineProfileItemEClass, OFFLINE_PROFILE_ITEM___EFFECTIVE_SYNC_INTERVAL_MINUTES);

		offlineProfileRelationshipEClass = createEClass(OFFLINE_PROFILE_RELATIONSHIP);
		createEAttribute(offlineProfileRelationshipEClass, OFFLINE_PROFILE_RELATIONSHIP__FROM_TABLE);
		createEAttribute(offlineProfileRelationshipEClass, OFFLINE_PROFILE_RELATIONSHIP__LOOKUP_COLUMN);
		createEAttribute(offlineProfileRelationshipEClass, OFFLINE_PROFILE_RELATIONSHIP__TO_TABLE);

		organizationSettingsEClass = createEClass(ORGANIZATION_SETTINGS);
		createEAttribute(organizationSettingsEClass, ORGANIZATION_SETTINGS__CONFLICT_DETECTION_ENABLED);
		createEAttribute(organizationSettingsEClass, ORGANIZATION_SETTINGS__MAX_UPLOAD_FILE_SIZE);
		createEOperation(organizationSettingsEClass, ORGANIZATION_SETTINGS___CLIENT_WINS);

		conflictEClass = createEClass(CONFLICT);
		createEAttribute(conflictEClass, CONFLICT__ID);
		createEAttribute(conflictEClass, CONFLICT__TABLE_NAME);
		createEAttribute(conflictEClass, CONFLICT__RECORD_ID);
		createEReference(conflictEClass, CONFLICT__BASE_VALUES);
		createEReference(conflictEClass, CONFLICT__LOCAL_VALUES);
		createEReference(conflictEClass, CONFLICT__SERVER_VALUES);
		createEAttribute(conflictEClass, CONFLICT__BASE_ETAG);
		createEAttribute(conflictEClass, CONFLICT__SERVER_ETAG);
		createEAttribute(conflictEClass, CONFLICT__DETECTED_AT);
		createEAttribute(conflictEClass, CONFLICT__RESOLUTION);
		createEAttribute(conflictEClass, CONFLICT__RESOLVED_AT);

		fieldValueEClass = createEClass(FIELD_VALUE);
		createEAttribute(fieldValueEClass, FIELD_VALUE__COLUMN);
		createEAttribute(fieldValueEClass, FIELD_VALUE__VALUE);

		syncErrorEClass = createEClass(SYNC_ERROR);
		createEAttribute(syncErrorEClass, SYNC_ERROR__OCCURRED_AT);
		createEAttribute(syncErrorEClass, SYNC_ERROR__TABLE_NAME);
		createEAttribute(syncErrorEClass, SYNC_ERROR__RECORD_ID);
		createEAttribute(syncErrorEClass, SYNC_ERROR__HTTP_STATUS);
		createEAttribute(syncErrorEClass, SYNC_ERROR__ERROR_TYPE);
		createEAttribute(syncErrorEClass, SYNC_ERROR__MESSAGE);
		createEAttribute(syncErrorEClass, SYNC_ERROR__RESOLVED);
		createEAttribute(syncErrorEClass, SYNC_ERROR__ERROR_CODE);
		createEAttribute(syncErrorEClass, SYNC_ERROR__ERROR_DETAIL);
		createEAttribute(syncErrorEClass, SYNC_ERROR__ACTION);
		createEAttribute(syncErrorEClass, SYNC_ERROR__ACTION_DATA);

		syncSummaryEClass = createEClass(SYNC_SUMMARY);
		createEAttribute(syncSummaryEClass, SYNC_SUMMARY__DEVICE);
		createEAttribute(syncSummaryEClass, SYNC_SUMMARY__STARTED_ON);
		createEAttribute(syncSummaryEClass, SYNC_SUMMARY__FINISHED_ON);
		createEAttribute(syncSummaryEClass, SYNC_SUMMARY__DURATION_MILLIS);
		createEAttribute(syncSummaryEClass, SYNC_SUMMARY__SUCCEEDED);
		createEAttribute(syncSummaryEClass, SYNC_SUMMARY__MESSAGE);
		createEAttribute(syncSummaryEClass, SYNC_SUMMARY__ROWS_ON_DEVICE);
		createEAttribute(syncSummaryEClass, SYNC_SUMMARY__PENDING_EDITS);
		createEAttribute(syncSummaryEClass, SYNC_SUMMARY__OPEN_ERRORS);
		createEAttribute(syncSummaryEClass, SYNC_SUMMARY__CLIENT_VERSION);

		annotationEClass = createEClass(ANNOTATION);
		createEAttribute(annotationEClass, ANNOTATION__SUBJECT);
		createEAttribute(annotationEClass, ANNOTATION__NOTE_TEXT);
		createEAttribute(annotationEClass, ANNOTATION__FILE_NAME);
		createEAttribute(annotationEClass, ANNOTATION__MIME_TYPE);
		createEAttribute(annotationEClass, ANNOTATION__FILE_SIZE);
		createEAttribute(annotationEClass, ANNOTATION__DOCUMENT_BODY);
		createEAttribute(annotationEClass, ANNOTATION__IS_DOCUMENT);
		createEAttribute(annotationEClass, ANNOTATION__OBJECT_TYPE_CODE);
		createEAttribute(annotationEClass, ANNOTATION__CREATED_BY);
		createEAttribute(annotationEClass, ANNOTATION__MODIFIED_BY);
		createEReference(annotationEClass, ANNOTATION__OBJECT_ID);

		timeEntryEClass = createEClass(TIME_ENTRY);
		createEAttribute(timeEntryEClass, TIME_ENTRY__START);
		createEAttribute(timeEntryEClass, TIME_ENTRY__END);
		createEAttribute(timeEntryEClass, TIME_ENTRY__DURATION);
		createEAttribute(timeEntryEClass, TIME_ENTRY__TYPE);
		createEAttribute(timeEntryEClass, TIME_ENTRY__DESCRIPTION);
		createEReference(timeEntryEClass, TIME_ENTRY__BOOKABLE_RESOURCE);
		createEReference(timeEntryEClass, TIME_ENTRY__BOOKING);
		createEReference(timeEntryEClass, TIME_ENTRY__WORK_ORDER);

		// Create enums
		fieldServiceStatusEEnum = createEEnum(FIELD_SERVICE_STATUS);
		bookingStateEEnum = createEEnum(BOOKING_STATE);
		workOrderSystemStatusEEnum = createEEnum(WORK_ORDER_SYSTEM_STATUS);
		workOrderPriorityEEnum = createEEnum(WORK_ORDER_PRIORITY);
		taskResultEEnum = createEEnum(TASK_RESULT);
		lineStatusEEnum = createEEnum(LINE_STATUS);
		downloadFilterEEnum = createEEnum(DOWNLOAD_FILTER);
		conflictResolutionEEnum = createEEnum(CONFLICT_RESOLUTION);
		syncErrorTypeEEnum = createEEnum(SYNC_ERROR_TYPE);
		timeEntryTypeEEnum = createEEnum(TIME_ENTRY_TYPE);

		// Create data types
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		bookingEClass.getESuperTypes().add(this.getRecord());
		bookingStatusEClass.getESuperTypes().add(this.getRecord());
		bookableResourceEClass.getESuperTypes().add(this.getRecord());
		workOrderEClass.getESuperTypes().add(this.getRecord());
		accountEClass.getESuperTypes().add(this.getRecord());
		contactEClass.getESuperTypes().add(this.getRecord());
		customerAssetEClass.getESuperTypes().add(this.getRecord());
		incidentTypeEClass.getESuperTypes().add(this.getRecord());
		workOrderIncidentEClass.getESuperTypes().add(this.getRecord());
		workOrderServiceTaskEClass.getESuperTypes().add(this.getRecord());
		workOrderProductEClass.getESuperTypes().add(this.getRecord());
		workOrderServiceEClass.getESuperTypes().add(this.getRecord());
		productEClass.getESuperTypes().add(this.getRecord());
		offlineProfileEClass.getESuperTypes().add(this.getRecord());
		offlineProfileItemEClass.getESuperTypes().add(this.getRecord());
		offlineProfileRelationshipEClass.getESuperTypes().add(this.getRecord());
		organizationSettingsEClass.getESuperTypes().add(this.getRecord());
		syncErrorEClass.getESuperTypes().add(this.getRecord());
		syncSummaryEClass.getESuperTypes().add(this.getRecord());
		annotationEClass.getESuperTypes().add(this.getRecord());
		timeEntryEClass.getESuperTypes().add(this.getRecord());

		// Initialize classes, features, and operations; add parameters
		initEClass(recordEClass, org.fieldbook.model.Record.class, "Record", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRecord_Id(), ecorePackage.getEString(), "id", null, 1, 1, org.fieldbook.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_VersionNumber(), ecorePackage.getELong(), "versionNumber", null, 0, 1, org.fieldbook.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_CreatedOn(), this.getInstant(), "createdOn", null, 0, 1, org.fieldbook.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRecord_ModifiedOn(), this.getInstant(), "modifiedOn", null, 0, 1, org.fieldbook.model.Record.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bookingEClass, Booking.class, "Booking", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBooking_Name(), ecorePackage.getEString(), "name", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_StartTime(), this.getInstant(), "startTime", null, 1, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_EndTime(), this.getInstant(), "endTime", null, 1, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_Duration(), ecorePackage.getEInt(), "duration", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBooking_Status(), this.getBookingStatus(), null, "status", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBooking_Resource(), this.getBookableResource(), null, "resource", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBooking_WorkOrder(), this.getWorkOrder(), null, "workOrder", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_ActualArrivalTime(), this.getInstant(), "actualArrivalTime", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_EstimatedTravelDuration(), ecorePackage.getEInt(), "estimatedTravelDuration", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_ActualTravelDuration(), ecorePackage.getEInt(), "actualTravelDuration", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_TotalBreakDuration(), ecorePackage.getEInt(), "totalBreakDuration", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_OwnerId(), ecorePackage.getEString(), "ownerId", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBooking_OwningBusinessUnit(), ecorePackage.getEString(), "owningBusinessUnit", null, 0, 1, Booking.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bookingStatusEClass, BookingStatus.class, "BookingStatus", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBookingStatus_Name(), ecorePackage.getEString(), "name", null, 0, 1, BookingStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBookingStatus_Status(), this.getBookingState(), "status", null, 0, 1, BookingStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBookingStatus_FieldServiceStatus(), this.getFieldServiceStatus(), "fieldServiceStatus", null, 0, 1, BookingStatus.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(bookableResourceEClass, BookableResource.class, "BookableResource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBookableResource_Name(), ecorePackage.getEString(), "name", null, 0, 1, BookableResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBookableResource_ResourceType(), ecorePackage.getEInt(), "resourceType", null, 0, 1, BookableResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBookableResource_UserId(), ecorePackage.getEString(), "userId", null, 0, 1, BookableResource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workOrderEClass, WorkOrder.class, "WorkOrder", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkOrder_Number(), ecorePackage.getEString(), "number", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_SystemStatus(), this.getWorkOrderSystemStatus(), "systemStatus", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_SubstatusId(), ecorePackage.getEString(), "substatusId", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_Priority(), this.getWorkOrderPriority(), "priority", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkOrder_ServiceAccount(), this.getAccount(), null, "serviceAccount", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkOrder_ReportedByContact(), this.getContact(), null, "reportedByContact", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkOrder_PrimaryIncidentType(), this.getIncidentType(), null, "primaryIncidentType", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkOrder_CustomerAsset(), this.getCustomerAsset(), null, "customerAsset", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_Instructions(), ecorePackage.getEString(), "instructions", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_Address1(), ecorePackage.getEString(), "address1", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_Address2(), ecorePackage.getEString(), "address2", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_Address3(), ecorePackage.getEString(), "address3", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_City(), ecorePackage.getEString(), "city", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_StateOrProvince(), ecorePackage.getEString(), "stateOrProvince", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_PostalCode(), ecorePackage.getEString(), "postalCode", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_Country(), ecorePackage.getEString(), "country", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_Latitude(), ecorePackage.getEDouble(), "latitude", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_Longitude(), ecorePackage.getEDouble(), "longitude", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_FirstArrivedOn(), this.getInstant(), "firstArrivedOn", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_CompletedOn(), this.getInstant(), "completedOn", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_OwnerId(), ecorePackage.getEString(), "ownerId", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrder_OwningBusinessUnit(), ecorePackage.getEString(), "owningBusinessUnit", null, 0, 1, WorkOrder.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(accountEClass, Account.class, "Account", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAccount_Name(), ecorePackage.getEString(), "name", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Telephone1(), ecorePackage.getEString(), "telephone1", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Address1Line1(), ecorePackage.getEString(), "address1Line1", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Address1City(), ecorePackage.getEString(), "address1City", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_Address1PostalCode(), ecorePackage.getEString(), "address1PostalCode", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_OwnerId(), ecorePackage.getEString(), "ownerId", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAccount_OwningBusinessUnit(), ecorePackage.getEString(), "owningBusinessUnit", null, 0, 1, Account.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactEClass, Contact.class, "Contact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContact_FullName(), ecorePackage.getEString(), "fullName", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_FirstName(), ecorePackage.getEString(), "firstName", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_LastName(), ecorePackage.getEString(), "lastName", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_Telephone1(), ecorePackage.getEString(), "telephone1", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_EmailAddress1(), ecorePackage.getEString(), "emailAddress1", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getContact_ParentCustomer(), this.getAccount(), null, "parentCustomer", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_OwnerId(), ecorePackage.getEString(), "ownerId", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContact_OwningBusinessUnit(), ecorePackage.getEString(), "owningBusinessUnit", null, 0, 1, Contact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(customerAssetEClass, CustomerAsset.class, "CustomerAsset", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCustomerAsset_Name(), ecorePackage.getEString(), "name", null, 0, 1, CustomerAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomerAsset_Account(), this.getAccount(), null, "account", null, 0, 1, CustomerAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCustomerAsset_Product(), this.getProduct(), null, "product", null, 0, 1, CustomerAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerAsset_OwnerId(), ecorePackage.getEString(), "ownerId", null, 0, 1, CustomerAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCustomerAsset_OwningBusinessUnit(), ecorePackage.getEString(), "owningBusinessUnit", null, 0, 1, CustomerAsset.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(incidentTypeEClass, IncidentType.class, "IncidentType", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIncidentType_Name(), ecorePackage.getEString(), "name", null, 0, 1, IncidentType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncidentType_Description(), ecorePackage.getEString(), "description", null, 0, 1, IncidentType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncidentType_OwnerId(), ecorePackage.getEString(), "ownerId", null, 0, 1, IncidentType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIncidentType_OwningBusinessUnit(), ecorePackage.getEString(), "owningBusinessUnit", null, 0, 1, IncidentType.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workOrderIncidentEClass, WorkOrderIncident.class, "WorkOrderIncident", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWorkOrderIncident_WorkOrder(), this.getWorkOrder(), null, "workOrder", null, 0, 1, WorkOrderIncident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkOrderIncident_IncidentType(), this.getIncidentType(), null, "incidentType", null, 0, 1, WorkOrderIncident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkOrderIncident_CustomerAsset(), this.getCustomerAsset(), null, "customerAsset", null, 0, 1, WorkOrderIncident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrderIncident_Primary(), ecorePackage.getEBoolean(), "primary", null, 0, 1, WorkOrderIncident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrderIncident_IncidentResolved(), ecorePackage.getEBoolean(), "incidentResolved", null, 0, 1, WorkOrderIncident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workOrderServiceTaskEClass, WorkOrderServiceTask.class, "WorkOrderServiceTask", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWorkOrderServiceTask_Name(), ecorePackage.getEString(), "name", null, 0, 1, WorkOrderServiceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkOrderServiceTask_WorkOrder(), this.getWorkOrder(), null, "workOrder", null, 0, 1, WorkOrderServiceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkOrderServiceTask_Booking(), this.getBooking(), null, "booking", null, 0, 1, WorkOrderServiceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrderServiceTask_PercentComplete(), ecorePackage.getEDouble(), "percentComplete", null, 0, 1, WorkOrderServiceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrderServiceTask_Result(), this.getTaskResult(), "result", null, 0, 1, WorkOrderServiceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrderServiceTask_EstimatedDuration(), ecorePackage.getEInt(), "estimatedDuration", null, 0, 1, WorkOrderServiceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrderServiceTask_ActualDuration(), ecorePackage.getEInt(), "actualDuration", null, 0, 1, WorkOrderServiceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrderServiceTask_LineOrder(), ecorePackage.getEInt(), "lineOrder", null, 0, 1, WorkOrderServiceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrderServiceTask_Description(), ecorePackage.getEString(), "description", null, 0, 1, WorkOrderServiceTask.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getWorkOrderServiceTask__IsCompleted(), ecorePackage.getEBoolean(), "isCompleted", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(workOrderProductEClass, WorkOrderProduct.class, "WorkOrderProduct", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWorkOrderProduct_WorkOrder(), this.getWorkOrder(), null, "workOrder", null, 0, 1, WorkOrderProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkOrderProduct_Product(), this.getProduct(), null, "product", null, 0, 1, WorkOrderProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkOrderProduct_Booking(), this.getBooking(), null, "booking", null, 0, 1, WorkOrderProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrderProduct_Quantity(), ecorePackage.getEDouble(), "quantity", null, 0, 1, WorkOrderProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrderProduct_EstimateQuantity(), ecorePackage.getEDouble(), "estimateQuantity", null, 0, 1, WorkOrderProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrderProduct_LineStatus(), this.getLineStatus(), "lineStatus", null, 0, 1, WorkOrderProduct.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(workOrderServiceEClass, WorkOrderService.class, "WorkOrderService", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWorkOrderService_WorkOrder(), this.getWorkOrder(), null, "workOrder", null, 0, 1, WorkOrderService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkOrderService_Service(), this.getProduct(), null, "service", null, 0, 1, WorkOrderService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWorkOrderService_Booking(), this.getBooking(), null, "booking", null, 0, 1, WorkOrderService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrderService_Duration(), ecorePackage.getEInt(), "duration", null, 0, 1, WorkOrderService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWorkOrderService_LineStatus(), this.getLineStatus(), "lineStatus", null, 0, 1, WorkOrderService.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(productEClass, Product.class, "Product", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProduct_Name(), ecorePackage.getEString(), "name", null, 0, 1, Product.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduct_ProductNumber(), ecorePackage.getEString(), "productNumber", null, 0, 1, Product.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProduct_Description(), ecorePackage.getEString(), "description", null, 0, 1, Product.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(offlineProfileEClass, OfflineProfile.class, "OfflineProfile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOfflineProfile_Name(), ecorePackage.getEString(), "name", null, 0, 1, OfflineProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOfflineProfile_Description(), ecorePackage.getEString(), "description", null, 0, 1, OfflineProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOfflineProfile_Published(), ecorePackage.getEBoolean(), "published", null, 0, 1, OfflineProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOfflineProfile_Items(), this.getOfflineProfileItem(), null, "items", null, 0, -1, OfflineProfile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(offlineProfileItemEClass, OfflineProfileItem.class, "OfflineProfileItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOfflineProfileItem_TableName(), ecorePackage.getEString(), "tableName", null, 0, 1, OfflineProfileItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOfflineProfileItem_DownloadFilter(), this.getDownloadFilter(), "downloadFilter", null, 0, 1, OfflineProfileItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOfflineProfileItem_CustomFilter(), ecorePackage.getEString(), "customFilter", null, 0, 1, OfflineProfileItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOfflineProfileItem_RecordsOwnedByMe(), ecorePackage.getEBoolean(), "recordsOwnedByMe", null, 0, 1, OfflineProfileItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOfflineProfileItem_RecordsOwnedByMyTeam(), ecorePackage.getEBoolean(), "recordsOwnedByMyTeam", null, 0, 1, OfflineProfileItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOfflineProfileItem_RecordsOwnedByMyBusinessUnit(), ecorePackage.getEBoolean(), "recordsOwnedByMyBusinessUnit", null, 0, 1, OfflineProfileItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOfflineProfileItem_SyncIntervalMinutes(), ecorePackage.getEInt(), "syncIntervalMinutes", "60", 0, 1, OfflineProfileItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getOfflineProfileItem_Relationships(), this.getOfflineProfileRelationship(), null, "relationships", null, 0, -1, OfflineProfileItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getOfflineProfileItem__EffectiveSyncIntervalMinutes(), ecorePackage.getEInt(), "effectiveSyncIntervalMinutes", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(offlineProfileRelationshipEClass, OfflineProfileRelationship.class, "OfflineProfileRelationship", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOfflineProfileRelationship_FromTable(), ecorePackage.getEString(), "fromTable", null, 0, 1, OfflineProfileRelationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOfflineProfileRelationship_LookupColumn(), ecorePackage.getEString(), "lookupColumn", null, 0, 1, OfflineProfileRelationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOfflineProfileRelationship_ToTable(), ecorePackage.getEString(), "toTable", null, 0, 1, OfflineProfileRelationship.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(organizationSettingsEClass, OrganizationSettings.class, "OrganizationSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getOrganizationSettings_ConflictDetectionEnabled(), ecorePackage.getEBoolean(), "conflictDetectionEnabled", null, 0, 1, OrganizationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getOrganizationSettings_MaxUploadFileSize(), ecorePackage.getEInt(), "maxUploadFileSize", null, 0, 1, OrganizationSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getOrganizationSettings__ClientWins(), ecorePackage.getEBoolean(), "clientWins", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(conflictEClass, Conflict.class, "Conflict", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConflict_Id(), ecorePackage.getEString(), "id", null, 1, 1, Conflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConflict_TableName(), ecorePackage.getEString(), "tableName", null, 0, 1, Conflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConflict_RecordId(), ecorePackage.getEString(), "recordId", null, 0, 1, Conflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConflict_BaseValues(), this.getFieldValue(), null, "baseValues", null, 0, -1, Conflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConflict_LocalValues(), this.getFieldValue(), null, "localValues", null, 0, -1, Conflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getConflict_ServerValues(), this.getFieldValue(), null, "serverValues", null, 0, -1, Conflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConflict_BaseETag(), ecorePackage.getEString(), "baseETag", null, 0, 1, Conflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConflict_ServerETag(), ecorePackage.getEString(), "serverETag", null, 0, 1, Conflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConflict_DetectedAt(), this.getInstant(), "detectedAt", null, 0, 1, Conflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConflict_Resolution(), this.getConflictResolution(), "resolution", null, 0, 1, Conflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConflict_ResolvedAt(), this.getInstant(), "resolvedAt", null, 0, 1, Conflict.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fieldValueEClass, FieldValue.class, "FieldValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFieldValue_Column(), ecorePackage.getEString(), "column", null, 0, 1, FieldValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFieldValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, FieldValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(syncErrorEClass, SyncError.class, "SyncError", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSyncError_OccurredAt(), this.getInstant(), "occurredAt", null, 0, 1, SyncError.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncError_TableName(), ecorePackage.getEString(), "tableName", null, 0, 1, SyncError.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncError_RecordId(), ecorePackage.getEString(), "recordId", null, 0, 1, SyncError.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncError_HttpStatus(), ecorePackage.getEInt(), "httpStatus", null, 0, 1, SyncError.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncError_ErrorType(), this.getSyncErrorType(), "errorType", null, 0, 1, SyncError.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncError_Message(), ecorePackage.getEString(), "message", null, 0, 1, SyncError.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncError_Resolved(), ecorePackage.getEBoolean(), "resolved", null, 0, 1, SyncError.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncError_ErrorCode(), ecorePackage.getEString(), "errorCode", null, 0, 1, SyncError.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncError_ErrorDetail(), ecorePackage.getEString(), "errorDetail", null, 0, 1, SyncError.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncError_Action(), ecorePackage.getEString(), "action", null, 0, 1, SyncError.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncError_ActionData(), ecorePackage.getEString(), "actionData", null, 0, 1, SyncError.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(syncSummaryEClass, SyncSummary.class, "SyncSummary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSyncSummary_Device(), ecorePackage.getEString(), "device", null, 0, 1, SyncSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncSummary_StartedOn(), this.getInstant(), "startedOn", null, 0, 1, SyncSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncSummary_FinishedOn(), this.getInstant(), "finishedOn", null, 0, 1, SyncSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncSummary_DurationMillis(), ecorePackage.getELong(), "durationMillis", null, 0, 1, SyncSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncSummary_Succeeded(), ecorePackage.getEBoolean(), "succeeded", null, 0, 1, SyncSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncSummary_Message(), ecorePackage.getEString(), "message", null, 0, 1, SyncSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncSummary_RowsOnDevice(), ecorePackage.getEInt(), "rowsOnDevice", null, 0, 1, SyncSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncSummary_PendingEdits(), ecorePackage.getEInt(), "pendingEdits", null, 0, 1, SyncSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncSummary_OpenErrors(), ecorePackage.getEInt(), "openErrors", null, 0, 1, SyncSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncSummary_ClientVersion(), ecorePackage.getEString(), "clientVersion", null, 0, 1, SyncSummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(annotationEClass, Annotation.class, "Annotation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnnotation_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_NoteText(), ecorePackage.getEString(), "noteText", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_FileName(), ecorePackage.getEString(), "fileName", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_MimeType(), ecorePackage.getEString(), "mimeType", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_FileSize(), ecorePackage.getEInt(), "fileSize", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_DocumentBody(), ecorePackage.getEString(), "documentBody", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_IsDocument(), ecorePackage.getEBoolean(), "isDocument", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_ObjectTypeCode(), ecorePackage.getEString(), "objectTypeCode", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_CreatedBy(), ecorePackage.getEString(), "createdBy", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_ModifiedBy(), ecorePackage.getEString(), "modifiedBy", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnotation_ObjectId(), this.getWorkOrder(), null, "objectId", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(timeEntryEClass, TimeEntry.class, "TimeEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTimeEntry_Start(), this.getInstant(), "start", null, 1, 1, TimeEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimeEntry_End(), this.getInstant(), "end", null, 0, 1, TimeEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimeEntry_Duration(), ecorePackage.getEInt(), "duration", null, 0, 1, TimeEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimeEntry_Type(), this.getTimeEntryType(), "type", null, 0, 1, TimeEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTimeEntry_Description(), ecorePackage.getEString(), "description", null, 0, 1, TimeEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTimeEntry_BookableResource(), this.getBookableResource(), null, "bookableResource", null, 0, 1, TimeEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTimeEntry_Booking(), this.getBooking(), null, "booking", null, 0, 1, TimeEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTimeEntry_WorkOrder(), this.getWorkOrder(), null, "workOrder", null, 0, 1, TimeEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(fieldServiceStatusEEnum, FieldServiceStatus.class, "FieldServiceStatus");
		addEEnumLiteral(fieldServiceStatusEEnum, FieldServiceStatus.SCHEDULED);
		addEEnumLiteral(fieldServiceStatusEEnum, FieldServiceStatus.TRAVELING);
		addEEnumLiteral(fieldServiceStatusEEnum, FieldServiceStatus.ON_BREAK);
		addEEnumLiteral(fieldServiceStatusEEnum, FieldServiceStatus.IN_PROGRESS);
		addEEnumLiteral(fieldServiceStatusEEnum, FieldServiceStatus.COMPLETED);
		addEEnumLiteral(fieldServiceStatusEEnum, FieldServiceStatus.CANCELED);

		initEEnum(bookingStateEEnum, BookingState.class, "BookingState");
		addEEnumLiteral(bookingStateEEnum, BookingState.PROPOSED);
		addEEnumLiteral(bookingStateEEnum, BookingState.COMMITTED);
		addEEnumLiteral(bookingStateEEnum, BookingState.CANCELED);

		initEEnum(workOrderSystemStatusEEnum, WorkOrderSystemStatus.class, "WorkOrderSystemStatus");
		addEEnumLiteral(workOrderSystemStatusEEnum, WorkOrderSystemStatus.UNSCHEDULED);
		addEEnumLiteral(workOrderSystemStatusEEnum, WorkOrderSystemStatus.SCHEDULED);
		addEEnumLiteral(workOrderSystemStatusEEnum, WorkOrderSystemStatus.IN_PROGRESS);
		addEEnumLiteral(workOrderSystemStatusEEnum, WorkOrderSystemStatus.COMPLETED);
		addEEnumLiteral(workOrderSystemStatusEEnum, WorkOrderSystemStatus.POSTED);
		addEEnumLiteral(workOrderSystemStatusEEnum, WorkOrderSystemStatus.CANCELED);

		initEEnum(workOrderPriorityEEnum, WorkOrderPriority.class, "WorkOrderPriority");
		addEEnumLiteral(workOrderPriorityEEnum, WorkOrderPriority.LOW);
		addEEnumLiteral(workOrderPriorityEEnum, WorkOrderPriority.NORMAL);
		addEEnumLiteral(workOrderPriorityEEnum, WorkOrderPriority.HIGH);
		addEEnumLiteral(workOrderPriorityEEnum, WorkOrderPriority.URGENT);

		initEEnum(taskResultEEnum, TaskResult.class, "TaskResult");
		addEEnumLiteral(taskResultEEnum, TaskResult.SUCCESS);
		addEEnumLiteral(taskResultEEnum, TaskResult.FAILURE);
		addEEnumLiteral(taskResultEEnum, TaskResult.PARTIAL_SUCCESS);
		addEEnumLiteral(taskResultEEnum, TaskResult.NOT_APPLICABLE);

		initEEnum(lineStatusEEnum, LineStatus.class, "LineStatus");
		addEEnumLiteral(lineStatusEEnum, LineStatus.ESTIMATED);
		addEEnumLiteral(lineStatusEEnum, LineStatus.USED);

		initEEnum(downloadFilterEEnum, DownloadFilter.class, "DownloadFilter");
		addEEnumLiteral(downloadFilterEEnum, DownloadFilter.RELATED_ONLY);
		addEEnumLiteral(downloadFilterEEnum, DownloadFilter.ALL_RECORDS);
		addEEnumLiteral(downloadFilterEEnum, DownloadFilter.OTHER_FILTER);
		addEEnumLiteral(downloadFilterEEnum, DownloadFilter.CUSTOM_FILTER);

		initEEnum(conflictResolutionEEnum, ConflictResolution.class, "ConflictResolution");
		addEEnumLiteral(conflictResolutionEEnum, ConflictResolution.OPEN);
		addEEnumLiteral(conflictResolutionEEnum, ConflictResolution.CLIENT_WON);
		addEEnumLiteral(conflictResolutionEEnum, ConflictResolution.SERVER_WON);
		addEEnumLiteral(conflictResolutionEEnum, ConflictResolution.KEPT_MINE);
		addEEnumLiteral(conflictResolutionEEnum, ConflictResolution.TOOK_SERVER);
		addEEnumLiteral(conflictResolutionEEnum, ConflictResolution.MERGED);

		initEEnum(syncErrorTypeEEnum, SyncErrorType.class, "SyncErrorType");
		addEEnumLiteral(syncErrorTypeEEnum, SyncErrorType.CONFLICT);
		addEEnumLiteral(syncErrorTypeEEnum, SyncErrorType.RECORD_NOT_FOUND);
		addEEnumLiteral(syncErrorTypeEEnum, SyncErrorType.RECORD_ALREADY_EXISTS);
		addEEnumLiteral(syncErrorTypeEEnum, SyncErrorType.OTHER);

		initEEnum(timeEntryTypeEEnum, TimeEntryType.class, "TimeEntryType");
		addEEnumLiteral(timeEntryTypeEEnum, TimeEntryType.WORK);
		addEEnumLiteral(timeEntryTypeEEnum, TimeEntryType.ABSENCE);
		addEEnumLiteral(timeEntryTypeEEnum, TimeEntryType.VACATION);
		addEEnumLiteral(timeEntryTypeEEnum, TimeEntryType.OVERTIME);
		addEEnumLiteral(timeEntryTypeEEnum, TimeEntryType.ON_BREAK);
		addEEnumLiteral(timeEntryTypeEEnum, TimeEntryType.TRAVEL);

		// Initialize data types
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.fieldbook.org/dataverse
		createDataverseAnnotations();
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.fieldbook.org/dataverse</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createDataverseAnnotations() {
		String source = "http://www.fieldbook.org/dataverse";
		addAnnotation
		  (getRecord_VersionNumber(),
		   source,
		   new String[] {
			   "column", "versionnumber"
		   });
		addAnnotation
		  (getRecord_CreatedOn(),
		   source,
		   new String[] {
			   "column", "createdon"
		   });
		addAnnotation
		  (getRecord_ModifiedOn(),
		   source,
		   new String[] {
			   "column", "modifiedon"
		   });
		addAnnotation
		  (bookingEClass,
		   source,
		   new String[] {
			   "logicalName", "bookableresourcebooking",
			   "entitySet", "bookableresourcebookings"
		   });
		addAnnotation
		  (getBooking_Name(),
		   source,
		   new String[] {
			   "column", "name",
			   "maxLength", "100"
		   });
		addAnnotation
		  (getBooking_StartTime(),
		   source,
		   new String[] {
			   "column", "starttime"
		   });
		addAnnotation
		  (getBooking_EndTime(),
		   source,
		   new String[] {
			   "column", "endtime"
		   });
		addAnnotation
		  (getBooking_Duration(),
		   source,
		   new String[] {
			   "column", "duration"
		   });
		addAnnotation
		  (getBooking_Status(),
		   source,
		   new String[] {
			   "column", "_bookingstatus_value",
			   "navigation", "BookingStatus"
		   });
		addAnnotation
		  (getBooking_Resource(),
		   source,
		   new String[] {
			   "column", "_resource_value",
			   "navigation", "Resource"
		   });
		addAnnotation
		  (getBooking_WorkOrder(),
		   source,
		   new String[] {
			   "column", "_msdyn_workorder_value",
			   "navigation", "msdyn_workorder"
		   });
		addAnnotation
		  (getBooking_ActualArrivalTime(),
		   source,
		   new String[] {
			   "column", "msdyn_actualarrivaltime"
		   });
		addAnnotation
		  (getBooking_EstimatedTravelDuration(),
		   source,
		   new String[] {
			   "column", "msdyn_estimatedtravelduration"
		   });
		addAnnotation
		  (getBooking_ActualTravelDuration(),
		   source,
		   new String[] {
			   "column", "msdyn_actualtravelduration"
		   });
		addAnnotation
		  (getBooking_TotalBreakDuration(),
		   source,
		   new String[] {
			   "column", "msdyn_totalbreakduration"
		   });
		addAnnotation
		  (getBooking_OwnerId(),
		   source,
		   new String[] {
			   "column", "_ownerid_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (getBooking_OwningBusinessUnit(),
		   source,
		   new String[] {
			   "column", "_owningbusinessunit_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (bookingStatusEClass,
		   source,
		   new String[] {
			   "logicalName", "bookingstatus",
			   "entitySet", "bookingstatuses"
		   });
		addAnnotation
		  (getBookingStatus_Name(),
		   source,
		   new String[] {
			   "column", "name",
			   "maxLength", "100"
		   });
		addAnnotation
		  (getBookingStatus_Status(),
		   source,
		   new String[] {
			   "column", "status"
		   });
		addAnnotation
		  (getBookingStatus_FieldServiceStatus(),
		   source,
		   new String[] {
			   "column", "msdyn_fieldservicestatus"
		   });
		addAnnotation
		  (bookableResourceEClass,
		   source,
		   new String[] {
			   "logicalName", "bookableresource",
			   "entitySet", "bookableresources"
		   });
		addAnnotation
		  (getBookableResource_Name(),
		   source,
		   new String[] {
			   "column", "name",
			   "maxLength", "100"
		   });
		addAnnotation
		  (getBookableResource_ResourceType(),
		   source,
		   new String[] {
			   "column", "resourcetype"
		   });
		addAnnotation
		  (getBookableResource_UserId(),
		   source,
		   new String[] {
			   "column", "_userid_value"
		   });
		addAnnotation
		  (workOrderEClass,
		   source,
		   new String[] {
			   "logicalName", "msdyn_workorder",
			   "entitySet", "msdyn_workorders"
		   });
		addAnnotation
		  (getWorkOrder_Number(),
		   source,
		   new String[] {
			   "column", "msdyn_name",
			   "maxLength", "100"
		   });
		addAnnotation
		  (getWorkOrder_SystemStatus(),
		   source,
		   new String[] {
			   "column", "msdyn_systemstatus"
		   });
		addAnnotation
		  (getWorkOrder_SubstatusId(),
		   source,
		   new String[] {
			   "column", "_msdyn_substatus_value"
		   });
		addAnnotation
		  (getWorkOrder_Priority(),
		   source,
		   new String[] {
			   "column", "msdyn_priority"
		   });
		addAnnotation
		  (getWorkOrder_ServiceAccount(),
		   source,
		   new String[] {
			   "column", "_msdyn_serviceaccount_value",
			   "navigation", "msdyn_serviceaccount"
		   });
		addAnnotation
		  (getWorkOrder_ReportedByContact(),
		   source,
		   new String[] {
			   "column", "_msdyn_reportedbycontact_value",
			   "navigation", "msdyn_reportedbycontact"
		   });
		addAnnotation
		  (getWorkOrder_PrimaryIncidentType(),
		   source,
		   new String[] {
			   "column", "_msdyn_primaryincidenttype_value",
			   "navigation", "msdyn_primaryincidenttype"
		   });
		addAnnotation
		  (getWorkOrder_CustomerAsset(),
		   source,
		   new String[] {
			   "column", "_msdyn_customerasset_value",
			   "navigation", "msdyn_customerasset"
		   });
		addAnnotation
		  (getWorkOrder_Instructions(),
		   source,
		   new String[] {
			   "column", "msdyn_instructions",
			   "maxLength", "4000"
		   });
		addAnnotation
		  (getWorkOrder_Address1(),
		   source,
		   new String[] {
			   "column", "msdyn_address1",
			   "maxLength", "250"
		   });
		addAnnotation
		  (getWorkOrder_Address2(),
		   source,
		   new String[] {
			   "column", "msdyn_address2",
			   "maxLength", "250"
		   });
		addAnnotation
		  (getWorkOrder_Address3(),
		   source,
		   new String[] {
			   "column", "msdyn_address3",
			   "maxLength", "250"
		   });
		addAnnotation
		  (getWorkOrder_City(),
		   source,
		   new String[] {
			   "column", "msdyn_city",
			   "maxLength", "80"
		   });
		addAnnotation
		  (getWorkOrder_StateOrProvince(),
		   source,
		   new String[] {
			   "column", "msdyn_stateorprovince",
			   "maxLength", "50"
		   });
		addAnnotation
		  (getWorkOrder_PostalCode(),
		   source,
		   new String[] {
			   "column", "msdyn_postalcode",
			   "maxLength", "20"
		   });
		addAnnotation
		  (getWorkOrder_Country(),
		   source,
		   new String[] {
			   "column", "msdyn_country",
			   "maxLength", "80"
		   });
		addAnnotation
		  (getWorkOrder_Latitude(),
		   source,
		   new String[] {
			   "column", "msdyn_latitude"
		   });
		addAnnotation
		  (getWorkOrder_Longitude(),
		   source,
		   new String[] {
			   "column", "msdyn_longitude"
		   });
		addAnnotation
		  (getWorkOrder_Summary(),
		   source,
		   new String[] {
			   "column", "msdyn_workordersummary",
			   "maxLength", "4000"
		   });
		addAnnotation
		  (getWorkOrder_FirstArrivedOn(),
		   source,
		   new String[] {
			   "column", "msdyn_firstarrivedon"
		   });
		addAnnotation
		  (getWorkOrder_CompletedOn(),
		   source,
		   new String[] {
			   "column", "msdyn_completedon"
		   });
		addAnnotation
		  (getWorkOrder_OwnerId(),
		   source,
		   new String[] {
			   "column", "_ownerid_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (getWorkOrder_OwningBusinessUnit(),
		   source,
		   new String[] {
			   "column", "_owningbusinessunit_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (accountEClass,
		   source,
		   new String[] {
			   "logicalName", "account",
			   "entitySet", "accounts"
		   });
		addAnnotation
		  (getAccount_Name(),
		   source,
		   new String[] {
			   "column", "name",
			   "maxLength", "160"
		   });
		addAnnotation
		  (getAccount_Telephone1(),
		   source,
		   new String[] {
			   "column", "telephone1",
			   "maxLength", "50"
		   });
		addAnnotation
		  (getAccount_Address1Line1(),
		   source,
		   new String[] {
			   "column", "address1_line1",
			   "maxLength", "250"
		   });
		addAnnotation
		  (getAccount_Address1City(),
		   source,
		   new String[] {
			   "column", "address1_city",
			   "maxLength", "80"
		   });
		addAnnotation
		  (getAccount_Address1PostalCode(),
		   source,
		   new String[] {
			   "column", "address1_postalcode",
			   "maxLength", "20"
		   });
		addAnnotation
		  (getAccount_OwnerId(),
		   source,
		   new String[] {
			   "column", "_ownerid_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (getAccount_OwningBusinessUnit(),
		   source,
		   new String[] {
			   "column", "_owningbusinessunit_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (contactEClass,
		   source,
		   new String[] {
			   "logicalName", "contact",
			   "entitySet", "contacts"
		   });
		addAnnotation
		  (getContact_FullName(),
		   source,
		   new String[] {
			   "column", "fullname",
			   "maxLength", "160"
		   });
		addAnnotation
		  (getContact_FirstName(),
		   source,
		   new String[] {
			   "column", "firstname",
			   "maxLength", "50"
		   });
		addAnnotation
		  (getContact_LastName(),
		   source,
		   new String[] {
			   "column", "lastname",
			   "maxLength", "50"
		   });
		addAnnotation
		  (getContact_Telephone1(),
		   source,
		   new String[] {
			   "column", "telephone1",
			   "maxLength", "50"
		   });
		addAnnotation
		  (getContact_EmailAddress1(),
		   source,
		   new String[] {
			   "column", "emailaddress1",
			   "maxLength", "100"
		   });
		addAnnotation
		  (getContact_ParentCustomer(),
		   source,
		   new String[] {
			   "column", "_parentcustomerid_value",
			   "navigation", "parentcustomerid_account"
		   });
		addAnnotation
		  (getContact_OwnerId(),
		   source,
		   new String[] {
			   "column", "_ownerid_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (getContact_OwningBusinessUnit(),
		   source,
		   new String[] {
			   "column", "_owningbusinessunit_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (customerAssetEClass,
		   source,
		   new String[] {
			   "logicalName", "msdyn_customerasset",
			   "entitySet", "msdyn_customerassets"
		   });
		addAnnotation
		  (getCustomerAsset_Name(),
		   source,
		   new String[] {
			   "column", "msdyn_name",
			   "maxLength", "100"
		   });
		addAnnotation
		  (getCustomerAsset_Account(),
		   source,
		   new String[] {
			   "column", "_msdyn_account_value",
			   "navigation", "msdyn_account"
		   });
		addAnnotation
		  (getCustomerAsset_Product(),
		   source,
		   new String[] {
			   "column", "_msdyn_product_value",
			   "navigation", "msdyn_product"
		   });
		addAnnotation
		  (getCustomerAsset_OwnerId(),
		   source,
		   new String[] {
			   "column", "_ownerid_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (getCustomerAsset_OwningBusinessUnit(),
		   source,
		   new String[] {
			   "column", "_owningbusinessunit_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (incidentTypeEClass,
		   source,
		   new String[] {
			   "logicalName", "msdyn_incidenttype",
			   "entitySet", "msdyn_incidenttypes"
		   });
		addAnnotation
		  (getIncidentType_Name(),
		   source,
		   new String[] {
			   "column", "msdyn_name",
			   "maxLength", "100"
		   });
		addAnnotation
		  (getIncidentType_Description(),
		   source,
		   new String[] {
			   "column", "msdyn_description",
			   "maxLength", "4000"
		   });
		addAnnotation
		  (getIncidentType_OwnerId(),
		   source,
		   new String[] {
			   "column", "_ownerid_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (getIncidentType_OwningBusinessUnit(),
		   source,
		   new String[] {
			   "column", "_owningbusinessunit_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (workOrderIncidentEClass,
		   source,
		   new String[] {
			   "logicalName", "msdyn_workorderincident",
			   "entitySet", "msdyn_workorderincidents"
		   });
		addAnnotation
		  (getWorkOrderIncident_WorkOrder(),
		   source,
		   new String[] {
			   "column", "_msdyn_workorder_value",
			   "navigation", "msdyn_workorder"
		   });
		addAnnotation
		  (getWorkOrderIncident_IncidentType(),
		   source,
		   new String[] {
			   "column", "_msdyn_incidenttype_value",
			   "navigation", "msdyn_incidenttype"
		   });
		addAnnotation
		  (getWorkOrderIncident_CustomerAsset(),
		   source,
		   new String[] {
			   "column", "_msdyn_customerasset_value",
			   "navigation", "msdyn_customerasset"
		   });
		addAnnotation
		  (getWorkOrderIncident_Primary(),
		   source,
		   new String[] {
			   "column", "msdyn_isprimary"
		   });
		addAnnotation
		  (getWorkOrderIncident_IncidentResolved(),
		   source,
		   new String[] {
			   "column", "msdyn_incidentresolved"
		   });
		addAnnotation
		  (workOrderServiceTaskEClass,
		   source,
		   new String[] {
			   "logicalName", "msdyn_workorderservicetask",
			   "entitySet", "msdyn_workorderservicetasks"
		   });
		addAnnotation
		  (getWorkOrderServiceTask_Name(),
		   source,
		   new String[] {
			   "column", "msdyn_name",
			   "maxLength", "100"
		   });
		addAnnotation
		  (getWorkOrderServiceTask_WorkOrder(),
		   source,
		   new String[] {
			   "column", "_msdyn_workorder_value",
			   "navigation", "msdyn_workorder"
		   });
		addAnnotation
		  (getWorkOrderServiceTask_Booking(),
		   source,
		   new String[] {
			   "column", "_msdyn_booking_value",
			   "navigation", "msdyn_booking"
		   });
		addAnnotation
		  (getWorkOrderServiceTask_PercentComplete(),
		   source,
		   new String[] {
			   "column", "msdyn_percentcomplete"
		   });
		addAnnotation
		  (getWorkOrderServiceTask_Result(),
		   source,
		   new String[] {
			   "column", "msdyn_inspectiontaskresult"
		   });
		addAnnotation
		  (getWorkOrderServiceTask_EstimatedDuration(),
		   source,
		   new String[] {
			   "column", "msdyn_estimatedduration"
		   });
		addAnnotation
		  (getWorkOrderServiceTask_ActualDuration(),
		   source,
		   new String[] {
			   "column", "msdyn_actualduration"
		   });
		addAnnotation
		  (getWorkOrderServiceTask_LineOrder(),
		   source,
		   new String[] {
			   "column", "msdyn_lineorder"
		   });
		addAnnotation
		  (getWorkOrderServiceTask_Description(),
		   source,
		   new String[] {
			   "column", "msdyn_description",
			   "maxLength", "4000"
		   });
		addAnnotation
		  (workOrderProductEClass,
		   source,
		   new String[] {
			   "logicalName", "msdyn_workorderproduct",
			   "entitySet", "msdyn_workorderproducts"
		   });
		addAnnotation
		  (getWorkOrderProduct_WorkOrder(),
		   source,
		   new String[] {
			   "column", "_msdyn_workorder_value",
			   "navigation", "msdyn_workorder"
		   });
		addAnnotation
		  (getWorkOrderProduct_Product(),
		   source,
		   new String[] {
			   "column", "_msdyn_product_value",
			   "navigation", "msdyn_product"
		   });
		addAnnotation
		  (getWorkOrderProduct_Booking(),
		   source,
		   new String[] {
			   "column", "_msdyn_booking_value",
			   "navigation", "msdyn_booking"
		   });
		addAnnotation
		  (getWorkOrderProduct_Quantity(),
		   source,
		   new String[] {
			   "column", "msdyn_quantity"
		   });
		addAnnotation
		  (getWorkOrderProduct_EstimateQuantity(),
		   source,
		   new String[] {
			   "column", "msdyn_estimatequantity"
		   });
		addAnnotation
		  (getWorkOrderProduct_LineStatus(),
		   source,
		   new String[] {
			   "column", "msdyn_linestatus"
		   });
		addAnnotation
		  (workOrderServiceEClass,
		   source,
		   new String[] {
			   "logicalName", "msdyn_workorderservice",
			   "entitySet", "msdyn_workorderservices"
		   });
		addAnnotation
		  (getWorkOrderService_WorkOrder(),
		   source,
		   new String[] {
			   "column", "_msdyn_workorder_value",
			   "navigation", "msdyn_workorder"
		   });
		addAnnotation
		  (getWorkOrderService_Service(),
		   source,
		   new String[] {
			   "column", "_msdyn_service_value",
			   "navigation", "msdyn_service"
		   });
		addAnnotation
		  (getWorkOrderService_Booking(),
		   source,
		   new String[] {
			   "column", "_msdyn_booking_value",
			   "navigation", "msdyn_booking"
		   });
		addAnnotation
		  (getWorkOrderService_Duration(),
		   source,
		   new String[] {
			   "column", "msdyn_duration"
		   });
		addAnnotation
		  (getWorkOrderService_LineStatus(),
		   source,
		   new String[] {
			   "column", "msdyn_linestatus"
		   });
		addAnnotation
		  (productEClass,
		   source,
		   new String[] {
			   "logicalName", "product",
			   "entitySet", "products"
		   });
		addAnnotation
		  (getProduct_Name(),
		   source,
		   new String[] {
			   "column", "name",
			   "maxLength", "100"
		   });
		addAnnotation
		  (getProduct_ProductNumber(),
		   source,
		   new String[] {
			   "column", "productnumber",
			   "maxLength", "100"
		   });
		addAnnotation
		  (getProduct_Description(),
		   source,
		   new String[] {
			   "column", "description",
			   "maxLength", "2000"
		   });
		addAnnotation
		  (offlineProfileEClass,
		   source,
		   new String[] {
			   "logicalName", "mobileofflineprofile",
			   "entitySet", "mobileofflineprofiles"
		   });
		addAnnotation
		  (getOfflineProfile_Name(),
		   source,
		   new String[] {
			   "column", "name"
		   });
		addAnnotation
		  (getOfflineProfile_Description(),
		   source,
		   new String[] {
			   "column", "description",
			   "maxLength", "4000"
		   });
		addAnnotation
		  (getOfflineProfile_Published(),
		   source,
		   new String[] {
			   "column", "published"
		   });
		addAnnotation
		  (offlineProfileItemEClass,
		   source,
		   new String[] {
			   "logicalName", "mobileofflineprofileitem",
			   "entitySet", "mobileofflineprofileitems"
		   });
		addAnnotation
		  (getOfflineProfileItem_TableName(),
		   source,
		   new String[] {
			   "column", "selectedentitytypecode"
		   });
		addAnnotation
		  (getOfflineProfileItem_DownloadFilter(),
		   source,
		   new String[] {
			   "column", "recorddistributioncriteria"
		   });
		addAnnotation
		  (getOfflineProfileItem_CustomFilter(),
		   source,
		   new String[] {
			   "column", "profileitementityfilter",
			   "maxLength", "4000"
		   });
		addAnnotation
		  (getOfflineProfileItem_RecordsOwnedByMe(),
		   source,
		   new String[] {
			   "column", "recordsownedbyme"
		   });
		addAnnotation
		  (getOfflineProfileItem_RecordsOwnedByMyTeam(),
		   source,
		   new String[] {
			   "column", "recordsownedbymyteam"
		   });
		addAnnotation
		  (getOfflineProfileItem_RecordsOwnedByMyBusinessUnit(),
		   source,
		   new String[] {
			   "column", "recordsownedbymybusinessunit"
		   });
		addAnnotation
		  (getOfflineProfileItem_SyncIntervalMinutes(),
		   source,
		   new String[] {
			   "column", "syncintervalinminutes"
		   });
		addAnnotation
		  (offlineProfileRelationshipEClass,
		   source,
		   new String[] {
			   "logicalName", "mobileofflineprofileitemassociation",
			   "entitySet", "mobileofflineprofileitemassociations"
		   });
		addAnnotation
		  (getOfflineProfileRelationship_FromTable(),
		   source,
		   new String[] {
			   "column", "fromtable"
		   });
		addAnnotation
		  (getOfflineProfileRelationship_LookupColumn(),
		   source,
		   new String[] {
			   "column", "lookupcolumn"
		   });
		addAnnotation
		  (getOfflineProfileRelationship_ToTable(),
		   source,
		   new String[] {
			   "column", "totable"
		   });
		addAnnotation
		  (organizationSettingsEClass,
		   source,
		   new String[] {
			   "logicalName", "organization",
			   "entitySet", "organizations"
		   });
		addAnnotation
		  (getOrganizationSettings_ConflictDetectionEnabled(),
		   source,
		   new String[] {
			   "column", "isconflictdetectionenabledformobileclient"
		   });
		addAnnotation
		  (getOrganizationSettings_MaxUploadFileSize(),
		   source,
		   new String[] {
			   "column", "maxuploadfilesize"
		   });
		addAnnotation
		  (syncErrorEClass,
		   source,
		   new String[] {
			   "logicalName", "syncerror",
			   "entitySet", "syncerrors"
		   });
		addAnnotation
		  (getSyncError_OccurredAt(),
		   source,
		   new String[] {
			   "column", "errortime"
		   });
		addAnnotation
		  (getSyncError_TableName(),
		   source,
		   new String[] {
			   "column", "name"
		   });
		addAnnotation
		  (getSyncError_RecordId(),
		   source,
		   new String[] {
			   "column", "_regardingobjectid_value"
		   });
		addAnnotation
		  (getSyncError_ErrorType(),
		   source,
		   new String[] {
			   "column", "errortype"
		   });
		addAnnotation
		  (getSyncError_Message(),
		   source,
		   new String[] {
			   "column", "errormessage",
			   "maxLength", "4000"
		   });
		addAnnotation
		  (getSyncError_ErrorCode(),
		   source,
		   new String[] {
			   "column", "errorcode"
		   });
		addAnnotation
		  (getSyncError_ErrorDetail(),
		   source,
		   new String[] {
			   "column", "errordetail",
			   "maxLength", "1048576"
		   });
		addAnnotation
		  (getSyncError_Action(),
		   source,
		   new String[] {
			   "column", "action"
		   });
		addAnnotation
		  (getSyncError_ActionData(),
		   source,
		   new String[] {
			   "column", "actiondata",
			   "maxLength", "1048576"
		   });
		addAnnotation
		  (syncSummaryEClass,
		   source,
		   new String[] {
			   "logicalName", "fieldbook_syncsummary",
			   "entitySet", "fieldbook_syncsummaries"
		   });
		addAnnotation
		  (getSyncSummary_Device(),
		   source,
		   new String[] {
			   "column", "fieldbook_device",
			   "maxLength", "400"
		   });
		addAnnotation
		  (getSyncSummary_StartedOn(),
		   source,
		   new String[] {
			   "column", "fieldbook_startedon"
		   });
		addAnnotation
		  (getSyncSummary_FinishedOn(),
		   source,
		   new String[] {
			   "column", "fieldbook_finishedon"
		   });
		addAnnotation
		  (getSyncSummary_DurationMillis(),
		   source,
		   new String[] {
			   "column", "fieldbook_durationms"
		   });
		addAnnotation
		  (getSyncSummary_Succeeded(),
		   source,
		   new String[] {
			   "column", "fieldbook_succeeded"
		   });
		addAnnotation
		  (getSyncSummary_Message(),
		   source,
		   new String[] {
			   "column", "fieldbook_message",
			   "maxLength", "4000"
		   });
		addAnnotation
		  (getSyncSummary_RowsOnDevice(),
		   source,
		   new String[] {
			   "column", "fieldbook_rowsondevice"
		   });
		addAnnotation
		  (getSyncSummary_PendingEdits(),
		   source,
		   new String[] {
			   "column", "fieldbook_pendingedits"
		   });
		addAnnotation
		  (getSyncSummary_OpenErrors(),
		   source,
		   new String[] {
			   "column", "fieldbook_openerrors"
		   });
		addAnnotation
		  (getSyncSummary_ClientVersion(),
		   source,
		   new String[] {
			   "column", "fieldbook_clientversion",
			   "maxLength", "100"
		   });
		addAnnotation
		  (annotationEClass,
		   source,
		   new String[] {
			   "logicalName", "annotation",
			   "entitySet", "annotations"
		   });
		addAnnotation
		  (getAnnotation_Subject(),
		   source,
		   new String[] {
			   "column", "subject",
			   "maxLength", "500"
		   });
		addAnnotation
		  (getAnnotation_NoteText(),
		   source,
		   new String[] {
			   "column", "notetext",
			   "maxLength", "100000"
		   });
		addAnnotation
		  (getAnnotation_FileName(),
		   source,
		   new String[] {
			   "column", "filename",
			   "maxLength", "255"
		   });
		addAnnotation
		  (getAnnotation_MimeType(),
		   source,
		   new String[] {
			   "column", "mimetype",
			   "maxLength", "256"
		   });
		addAnnotation
		  (getAnnotation_FileSize(),
		   source,
		   new String[] {
			   "column", "filesize"
		   });
		addAnnotation
		  (getAnnotation_DocumentBody(),
		   source,
		   new String[] {
			   "column", "documentbody",
			   "maxLength", "178956972"
		   });
		addAnnotation
		  (getAnnotation_IsDocument(),
		   source,
		   new String[] {
			   "column", "isdocument"
		   });
		addAnnotation
		  (getAnnotation_ObjectTypeCode(),
		   source,
		   new String[] {
			   "column", "objecttypecode",
			   "maxLength", "64"
		   });
		addAnnotation
		  (getAnnotation_CreatedBy(),
		   source,
		   new String[] {
			   "column", "_createdby_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (getAnnotation_ModifiedBy(),
		   source,
		   new String[] {
			   "column", "_modifiedby_value",
			   "maxLength", "36"
		   });
		addAnnotation
		  (getAnnotation_ObjectId(),
		   source,
		   new String[] {
			   "column", "_objectid_value",
			   "navigation", "objectid_msdyn_workorder"
		   });
		addAnnotation
		  (timeEntryEClass,
		   source,
		   new String[] {
			   "logicalName", "msdyn_timeentry",
			   "entitySet", "msdyn_timeentries"
		   });
		addAnnotation
		  (getTimeEntry_Start(),
		   source,
		   new String[] {
			   "column", "msdyn_start"
		   });
		addAnnotation
		  (getTimeEntry_End(),
		   source,
		   new String[] {
			   "column", "msdyn_end"
		   });
		addAnnotation
		  (getTimeEntry_Duration(),
		   source,
		   new String[] {
			   "column", "msdyn_duration"
		   });
		addAnnotation
		  (getTimeEntry_Type(),
		   source,
		   new String[] {
			   "column", "msdyn_type"
		   });
		addAnnotation
		  (getTimeEntry_Description(),
		   source,
		   new String[] {
			   "column", "msdyn_description",
			   "maxLength", "4000"
		   });
		addAnnotation
		  (getTimeEntry_BookableResource(),
		   source,
		   new String[] {
			   "column", "_msdyn_bookableresource_value",
			   "navigation", "msdyn_bookableresource"
		   });
		addAnnotation
		  (getTimeEntry_Booking(),
		   source,
		   new String[] {
			   "column", "_msdyn_bookableresourcebooking_value",
			   "navigation", "msdyn_bookableresourcebooking"
		   });
		addAnnotation
		  (getTimeEntry_WorkOrder(),
		   source,
		   new String[] {
			   "column", "_msdyn_workorder_value",
			   "navigation", "msdyn_workorder"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (bookingEClass,
		   source,
		   new String[] {
			   "constraints", "endNotBeforeStart durationNotNegative"
		   });
		addAnnotation
		  (workOrderEClass,
		   source,
		   new String[] {
			   "constraints", "coordinatesInRange"
		   });
		addAnnotation
		  (workOrderServiceTaskEClass,
		   source,
		   new String[] {
			   "constraints", "percentCompleteInRange durationsNotNegative"
		   });
		addAnnotation
		  (workOrderProductEClass,
		   source,
		   new String[] {
			   "constraints", "quantitiesNotNegative"
		   });
		addAnnotation
		  (workOrderServiceEClass,
		   source,
		   new String[] {
			   "constraints", "durationNotNegative"
		   });
		addAnnotation
		  (offlineProfileItemEClass,
		   source,
		   new String[] {
			   "constraints", "syncIntervalInRange customFilterPresent"
		   });
		addAnnotation
		  (timeEntryEClass,
		   source,
		   new String[] {
			   "constraints", "endNotBeforeStart durationNotNegative"
		   });
	}

} //FieldbookPackageImpl
